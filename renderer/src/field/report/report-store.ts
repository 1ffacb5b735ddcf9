// The printed verification report while it is open: the pages the worker assembled and object URLs of their photos
// (revoked when the report closes, so a county's photos do not stay in memory).
import { create } from 'zustand';
import type { ReportPhoto } from '../../worker/project-protocol';
import type { ReportVillage } from '../../../../shared/field/report/index';

export interface OpenReport {
  readonly villages: readonly ReportVillage[];
  readonly photos: readonly (ReportPhoto & { readonly url: string })[];
  readonly producedOn: string;
}

export const useVerificationReport = create<{ report: OpenReport | null }>(() => ({ report: null }));

export function showVerificationReport(report: OpenReport): void {
  closeVerificationReport();
  useVerificationReport.setState({ report });
}

export function closeVerificationReport(): void {
  const open = useVerificationReport.getState().report;
  for (const photo of open?.photos ?? []) URL.revokeObjectURL(photo.url);
  useVerificationReport.setState({ report: null });
}

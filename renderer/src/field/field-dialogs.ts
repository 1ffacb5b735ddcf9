// Which field dialog is open over the app (photo import preview, camera, field package export, merge), with what it
// needs. One at a time; each closes itself.
import { create } from 'zustand';
import type { PhotoImportResult } from '../../../shared/field/photos/index';
import type { MergePlan } from '../../../shared/field/merge/index';
import type { FieldTarget } from './field-targets';

export interface PhotoImportContext {
  readonly table: 'old_houses' | 'reclaim_parcels';
  readonly code: string;
  readonly verificationCode: string | null;
}

export type FieldDialog =
  | { readonly kind: 'photo-import'; readonly files: readonly { name: string; bytes: Uint8Array }[]; readonly preview: PhotoImportResult; readonly context: PhotoImportContext | null; readonly maxDistanceM: number }
  | { readonly kind: 'camera'; readonly target: FieldTarget; readonly verificationCode: string | null }
  | { readonly kind: 'package-export' }
  | { readonly kind: 'merge'; readonly fileName: string; readonly token: number; readonly plan: MergePlan };

export const useFieldDialog = create<{ dialog: FieldDialog | null }>(() => ({ dialog: null }));

export function showFieldDialog(dialog: FieldDialog): void {
  useFieldDialog.setState({ dialog });
}

export function closeFieldDialog(): void {
  useFieldDialog.setState({ dialog: null });
}

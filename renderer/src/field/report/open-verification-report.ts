// Opens the verification report for printing (PDF through the Host, as the print layouts do) and prints it.
import i18next from 'i18next';
import type { AppServices } from '../../app/app-services';
import { useAppStore } from '../../state/app-store';
import { failureText } from '../field-package';
import { chinaDate } from '../field-dates';
import { showVerificationReport } from './report-store';

export async function openVerificationReport(app: AppServices): Promise<void> {
  useAppStore.setState({ busy: i18next.t('field.report.building') });
  try {
    const { villages, photos } = await app.project.call('field.reportPages', {});
    if (villages.length === 0) {
      app.ui.toast(i18next.t('fieldReport.nothing'));
      return;
    }
    showVerificationReport({
      villages,
      photos: photos.map((p) => ({ ...p, url: URL.createObjectURL(new Blob([p.bytes as BlobPart], { type: 'image/jpeg' })) })),
      producedOn: chinaDate(),
    });
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
  } finally {
    useAppStore.setState({ busy: null });
  }
}

/** The report as PDF: only the report's pages are printed (A4 portrait), through the Host's printToPdf. */
export async function printVerificationReport(app: AppServices): Promise<void> {
  const page = document.createElement('style');
  page.textContent = '@page { size: A4 portrait; margin: 12mm; }';
  document.head.append(page);
  document.body.classList.add('printing-report');
  try {
    await Promise.all([...document.querySelectorAll<HTMLImageElement>('.verification-report img')].map((img) => img.decode().catch(() => undefined)));
    const result = await app.host.printToPdf({ pageSize: 'A4', landscape: false, suggestedName: `${i18next.t('field.report.filePrefix')}-${chinaDate()}.pdf` });
    if (result && app.host.kind === 'electron') app.ui.toast(i18next.t('fieldReport.saved', { name: result.name }));
  } finally {
    document.body.classList.remove('printing-report');
    page.remove();
  }
}

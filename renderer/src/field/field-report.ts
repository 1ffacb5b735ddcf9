// The verification report from the app: the village of field mode or every village, as XLSX through the Host.
// Household names stay masked (the report travels); the CLI and the core can include them when asked.
import i18next from 'i18next';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { useFieldStore } from './field-store';
import { failureText } from './field-package';
import { chinaDate } from './field-dates';

const XLSX_FILTERS = [{ name: 'Excel', extensions: ['xlsx'] }] as const;

export async function exportVerificationReport(app: AppServices): Promise<void> {
  const filter = useFieldStore.getState().filter;
  const village = filter?.kind === 'village' ? filter.village : null;
  let villages: string[] | undefined;
  if (village) {
    const choice = await app.ui.ask(i18next.t('field.report.title'), i18next.t('field.report.which'), [
      { id: 'village', label: i18next.t('field.report.village', { village }), primary: true },
      { id: 'all', label: i18next.t('field.report.all') },
      { id: 'cancel', label: i18next.t('dialogs.cancel') },
    ]);
    if (choice === 'cancel') return;
    if (choice === 'village') villages = [village];
  }
  useAppStore.setState({ busy: i18next.t('field.report.building') });
  try {
    const { bytes } = await app.project.call('field.report', { ...(villages ? { villages } : {}) });
    const name = `${i18next.t('field.report.filePrefix')}-${villages?.[0] ?? i18next.t('field.report.allShort')}-${chinaDate()}.xlsx`;
    const saved = await app.host.writeExport(name, XLSX_FILTERS, bytes);
    if (saved) app.ui.toast(i18next.t('field.report.saved', { name: saved.name }));
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
  } finally {
    useAppStore.setState({ busy: null });
  }
}

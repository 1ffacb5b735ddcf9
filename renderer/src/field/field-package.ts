// Field packages from the app: export a township, village or drawn area through the Host, and merge a package that
// came back from the field: pick it, plan the three-way merge in the worker, show the dialog.
import i18next from 'i18next';
import type { AppServices } from '../app/app-services';
import type { FieldArea } from '../../../shared/field/package/index';
import { RpcError } from '../rpc/rpc-error';
import { currentLanguage } from '../i18n/i18n';
import { useAppStore } from '../state/app-store';
import { closeFieldDialog, showFieldDialog } from './field-dialogs';
import { bumpRevision } from './field-store';
import { chinaDate } from './field-dates';

export const PACKAGE_FILTERS = [{ name: 'GeoPackage', extensions: ['gpkg'] }] as const;

export function failureText(error: unknown): string {
  if (error instanceof RpcError) return currentLanguage() === 'zh-CN' ? error.failure.messageZh : error.failure.message;
  return error instanceof Error ? error.message : String(error);
}

/** `外业包-桃坊坡村-2026-11-23.gpkg` (file names keep Chinese; Windows and QGIS handle them). */
export function packageFileName(label: string, date = chinaDate()): string {
  const safe = label.replace(/[\\/:*?"<>|]+/g, '_').slice(0, 60);
  return `${i18next.t('field.package.filePrefix')}-${safe}-${date}.gpkg`;
}

export async function exportFieldPackage(app: AppServices, area: FieldArea): Promise<boolean> {
  useAppStore.setState({ busy: i18next.t('field.package.exporting') });
  try {
    const { bytes, counts, label } = await app.project.call('fieldPackage.export', { area });
    const saved = await app.host.writeExport(packageFileName(label), PACKAGE_FILTERS, bytes);
    if (!saved) return false;
    app.ui.toast(i18next.t('field.package.exported', { name: saved.name, houses: counts.old_houses ?? 0, parcels: counts.reclaim_parcels ?? 0, photos: counts.photos ?? 0 }));
    return true;
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
    return false;
  } finally {
    useAppStore.setState({ busy: null });
  }
}

export async function openMergeFromFile(app: AppServices): Promise<void> {
  if (!app.document.hasProject()) return;
  const files = await app.host.pickImportFiles(PACKAGE_FILTERS, false).catch((error: unknown) => {
    app.ui.toast(failureText(error), 'error');
    return null;
  });
  const file = files?.[0];
  if (!file) return;
  useAppStore.setState({ busy: i18next.t('field.merge.comparing') });
  try {
    const { token, plan } = await app.project.call('merge.preview', { bytes: file.bytes, name: file.name });
    showFieldDialog({ kind: 'merge', fileName: file.name, token, plan });
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
  } finally {
    useAppStore.setState({ busy: null });
  }
}

export async function cancelMerge(app: AppServices): Promise<void> {
  closeFieldDialog();
  await app.project.call('merge.discard', {}).catch(() => undefined);
}

export function afterMerge(): void {
  bumpRevision();
  closeFieldDialog();
}

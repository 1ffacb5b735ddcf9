// Importing photos from a phone's or camera's folder: pick the files through the Host, let the field core read EXIF
// and match each photo to the nearest house or parcel (default within 50 m), show the preview — matched photos, and
// unmatched ones with the reason — and store what the user confirms as one undoable step.
import i18next from 'i18next';
import type { AppServices } from '../app/app-services';
import type { PhotoAssignment, PhotoMetadataFill } from '../../../shared/ipc/field-protocol';
import { DEFAULT_MAX_PHOTO_DISTANCE_M } from '../../../shared/field/photos/index';
import { RpcError } from '../rpc/rpc-error';
import { currentLanguage } from '../i18n/i18n';
import { useAppStore } from '../state/app-store';
import { bumpRevision } from './field-store';
import { closeFieldDialog, showFieldDialog, type PhotoImportContext } from './field-dialogs';

export const PHOTO_FILE_FILTERS = [{ name: 'JPEG', extensions: ['jpg', 'jpeg', 'JPG', 'JPEG'] }] as const;

function failureText(error: unknown): string {
  if (error instanceof RpcError) return currentLanguage() === 'zh-CN' ? error.failure.messageZh : error.failure.message;
  return error instanceof Error ? error.message : String(error);
}

/** Picks photos and shows the match preview (nothing is stored until the user confirms). */
export async function importPhotosFromFiles(app: AppServices, context: PhotoImportContext | null): Promise<void> {
  if (!app.document.hasProject()) return;
  const picked = await app.host.pickImportFiles(PHOTO_FILE_FILTERS, true).catch((error: unknown) => {
    app.ui.toast(failureText(error), 'error');
    return null;
  });
  if (!picked?.length) return;
  const files = picked.map((f) => ({ name: f.name, bytes: f.bytes }));
  await previewPhotos(app, files, context, DEFAULT_MAX_PHOTO_DISTANCE_M);
}

export async function previewPhotos(app: AppServices, files: readonly { name: string; bytes: Uint8Array }[], context: PhotoImportContext | null, maxDistanceM: number): Promise<void> {
  useAppStore.setState({ busy: i18next.t('field.photos.reading', { count: files.length }) });
  try {
    const { result } = await app.project.call('photos.import', { files, maxDistanceM, dryRun: true });
    showFieldDialog({ kind: 'photo-import', files, preview: result, context, maxDistanceM });
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
  } finally {
    useAppStore.setState({ busy: null });
  }
}

/** Stores the previewed photos: matches as found, unmatched ones where the user assigned them. */
export async function storePreviewedPhotos(
  app: AppServices,
  files: readonly { name: string; bytes: Uint8Array }[],
  maxDistanceM: number,
  assignments: Readonly<Record<string, PhotoAssignment>>,
  extra: { metadata?: Record<string, PhotoMetadataFill>; inspectors?: string; verificationCode?: string } = {},
): Promise<boolean> {
  useAppStore.setState({ busy: i18next.t('field.photos.storing', { count: files.length }) });
  try {
    const { result, view } = await app.project.call('photos.import', { files, maxDistanceM, assignments, dryRun: false, ...extra });
    if (view) app.document.showChangedView(view);
    bumpRevision();
    const stored = result.stored?.photoCodes.length ?? 0;
    app.ui.toast(i18next.t('field.photos.stored', { stored, left: result.unmatched.length }));
    closeFieldDialog();
    return true;
  } catch (error) {
    app.ui.toast(failureText(error), 'error');
    return false;
  } finally {
    useAppStore.setState({ busy: null });
  }
}

// Field verification's parts outside the field panel: photo thumbnails on the map and the field dialogs (photo
// import preview, camera, field package export, merge).
import type { AppController } from '../app/app-controller';
import { useFieldDialog } from './field-dialogs';
import { PhotoMarkers } from './PhotoMarkers';
import { PhotoImportDialog } from './PhotoImportDialog';
import { CameraDialog } from './CameraDialog';
import { PackageExportDialog } from './PackageExportDialog';
import { MergeDialog } from './MergeDialog';
import { VerificationReport } from './report/VerificationReport';

export function FieldOverlays({ app }: { app: AppController }): React.JSX.Element {
  const dialog = useFieldDialog((s) => s.dialog);
  return (
    <>
      <PhotoMarkers app={app} />
      {dialog?.kind === 'photo-import' ? <PhotoImportDialog app={app} dialog={dialog} /> : null}
      {dialog?.kind === 'camera' ? <CameraDialog app={app} dialog={dialog} /> : null}
      {dialog?.kind === 'package-export' ? <PackageExportDialog app={app} /> : null}
      {dialog?.kind === 'merge' ? <MergeDialog app={app} dialog={dialog} /> : null}
      <VerificationReport app={app} />
    </>
  );
}

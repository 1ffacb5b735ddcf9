// Field verification's parts outside the field panel: photo thumbnails on the map and the field dialogs (photo
// import preview, camera, field package export, merge).
import { useFieldDialog } from './field-dialogs';
import { PhotoMarkers } from './PhotoMarkers';
import { PhotoImportDialog } from './PhotoImportDialog';
import { CameraDialog } from './CameraDialog';
import { PackageExportDialog } from './PackageExportDialog';
import { MergeDialog } from './MergeDialog';
import { VerificationReport } from './report/VerificationReport';

export function FieldOverlays(): React.JSX.Element {
  const dialog = useFieldDialog((s) => s.dialog);
  return (
    <>
      <PhotoMarkers />
      {dialog?.kind === 'photo-import' ? <PhotoImportDialog dialog={dialog} /> : null}
      {dialog?.kind === 'camera' ? <CameraDialog dialog={dialog} /> : null}
      {dialog?.kind === 'package-export' ? <PackageExportDialog /> : null}
      {dialog?.kind === 'merge' ? <MergeDialog dialog={dialog} /> : null}
      <VerificationReport />
    </>
  );
}

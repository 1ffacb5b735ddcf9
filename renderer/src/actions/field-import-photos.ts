import { importPhotosFromFiles } from '../field/photo-import';
import { useFieldStore } from '../field/field-store';
import { defineAction, needsProject } from './action';

/** Imports a folder of geotagged photos, matched by EXIF position to the nearest house or parcel (preview first). */
export default defineAction('field.importPhotos', {
  predicate: needsProject,
  perform: (context) => {
    const active = useFieldStore.getState().open ? useFieldStore.getState().active : null;
    return importPhotosFromFiles(context, active ? { ...active, verificationCode: null } : null);
  },
});

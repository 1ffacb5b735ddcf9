import { importPhotosFromFiles } from '../field/photo-import';
import { useFieldStore } from '../field/field-store';
import { defineAction } from './action';

/** Imports a folder of geotagged photos, matched by EXIF position to the nearest house or parcel (preview first). */
export default defineAction({
  id: 'field.importPhotos',
  labelKey: 'actions.field.importPhotos',
  shortcuts: ['Mod+Alt+P'],
  enabled: (app) => app.hasProject(),
  run: (app) => {
    const active = useFieldStore.getState().open ? useFieldStore.getState().active : null;
    return importPhotosFromFiles(app, active ? { ...active, verificationCode: null } : null);
  },
});

import { showFieldDialog } from '../field/field-dialogs';
import { defineAction } from './action';

/** Exports a field package (a village, township or drawn area with verifications, photos and the merge base). */
export default defineAction({
  id: 'field.exportPackage',
  labelKey: 'actions.field.exportPackage',
  shortcuts: ['Mod+Alt+X'],
  enabled: (app) => app.hasProject(),
  run: () => showFieldDialog({ kind: 'package-export' }),
});

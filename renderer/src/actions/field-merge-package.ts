import { openMergeFromFile } from '../field/field-package';
import { defineAction } from './action';

/** Merges a field package back into the project: clean changes and conflicts side by side, one undoable step. */
export default defineAction({
  id: 'field.mergePackage',
  labelKey: 'actions.field.mergePackage',
  shortcuts: ['Mod+Shift+M'],
  enabled: (app) => app.hasProject(),
  run: (app) => openMergeFromFile(app),
});

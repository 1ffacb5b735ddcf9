import { showFieldDialog } from '../field/field-dialogs';
import { defineAction, needsProject } from './action';

/** Exports a field package (a village, township or drawn area with verifications, photos and the merge base). */
export default defineAction('field.exportPackage', {
  predicate: needsProject,
  perform: () => showFieldDialog({ kind: 'package-export' }),
});

import { openMergeFromFile } from '../field/field-package';
import { defineAction, needsProject } from './action';

/** Merges a field package back into the project: clean changes and conflicts side by side, one undoable step. */
export default defineAction('field.mergePackage', {
  predicate: needsProject,
  perform: (context) => openMergeFromFile(context),
});

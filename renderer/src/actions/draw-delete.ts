import { defineAction, needsProject } from './action';
import { deleteSelected } from '../draw/draw-commands';

/** Deletes the selected features (Delete key on the map), after asking. */
export default defineAction('draw.delete', {
  predicate: needsProject,
  perform: (context) => deleteSelected(context),
});

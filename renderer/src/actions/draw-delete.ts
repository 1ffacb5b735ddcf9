import { defineAction } from './action';
import { deleteSelected } from '../draw/draw-commands';

/** Deletes the selected features (Delete key on the map), after asking. */
export default defineAction({
  id: 'draw.delete',
  labelKey: 'draw.tools.delete',
  enabled: (app) => app.hasProject(),
  run: (app) => deleteSelected(app),
});

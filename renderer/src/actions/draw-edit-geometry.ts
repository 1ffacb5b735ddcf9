import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.editGeometry',
  labelKey: 'draw.tools.editGeometry',
  shortcuts: ['Mod+Alt+E'],
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'edit-geometry'),
});

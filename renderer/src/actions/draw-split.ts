import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.split',
  labelKey: 'draw.tools.split',
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'split'),
});

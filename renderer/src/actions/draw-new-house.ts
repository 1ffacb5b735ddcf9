import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.newHouse',
  labelKey: 'draw.tools.newHouse',
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'new-house'),
});

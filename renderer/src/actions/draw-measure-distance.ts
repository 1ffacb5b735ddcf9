import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.measureDistance',
  labelKey: 'draw.tools.measureDistance',
  shortcuts: ['Mod+Alt+M'],
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'measure-distance'),
});

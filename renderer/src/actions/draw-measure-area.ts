import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.measureArea',
  labelKey: 'draw.tools.measureArea',
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'measure-area'),
});

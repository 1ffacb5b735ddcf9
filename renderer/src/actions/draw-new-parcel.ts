import { defineAction } from './action';
import { startTool } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.newParcel',
  labelKey: 'draw.tools.newParcel',
  shortcuts: ['Mod+Alt+N'],
  enabled: (app) => app.hasProject(),
  run: (app) => startTool(app, 'new-parcel'),
});

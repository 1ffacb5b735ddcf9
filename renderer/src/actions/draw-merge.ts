import { defineAction } from './action';
import { mergeSelected } from '../draw/draw-commands';

export default defineAction({
  id: 'draw.merge',
  labelKey: 'draw.tools.merge',
  enabled: (app) => app.hasProject(),
  run: (app) => mergeSelected(app),
});

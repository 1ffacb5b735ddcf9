import { defineAction } from './action';

export default defineAction({
  id: 'map.zoomToProject',
  labelKey: 'actions.map.zoomToProject',
  shortcuts: ['Mod+0'],
  enabled: (app) => app.hasProject(),
  run: (app) => app.zoomToProject(),
});

import { defineAction } from './action';

export default defineAction({
  id: 'edit.redo',
  labelKey: 'actions.edit.redo',
  shortcuts: ['Mod+Y', 'Mod+Shift+Z'],
  run: (app) => app.redo(),
});

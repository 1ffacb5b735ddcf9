import { defineAction } from './action';

export default defineAction({
  id: 'edit.undo',
  labelKey: 'actions.edit.undo',
  shortcuts: ['Mod+Z'],
  run: (app) => app.undo(),
});

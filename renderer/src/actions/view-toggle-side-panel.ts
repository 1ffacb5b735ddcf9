import { defineAction } from './action';

export default defineAction({
  id: 'view.toggleSidePanel',
  labelKey: 'actions.view.toggleSidePanel',
  shortcuts: ['Mod+B'],
  run: (app) => app.ui.toggleSidePanel(),
});

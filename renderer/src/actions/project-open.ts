import { defineAction } from './action';

export default defineAction({
  id: 'project.open',
  labelKey: 'actions.project.open',
  shortcuts: ['Mod+O'],
  run: (app) => app.openProjectFromDialog(),
});

import { defineAction } from './action';

export default defineAction({
  id: 'project.new',
  labelKey: 'actions.project.new',
  shortcuts: ['Mod+N'],
  run: (app) => app.newProject(),
});

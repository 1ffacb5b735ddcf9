import { defineAction } from './action';

export default defineAction({
  id: 'project.saveAs',
  labelKey: 'actions.project.saveAs',
  shortcuts: ['Mod+Shift+S'],
  enabled: (app) => app.hasProject(),
  run: async (app) => {
    await app.saveAs();
  },
});

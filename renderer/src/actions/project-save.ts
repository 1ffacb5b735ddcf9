import { defineAction } from './action';

export default defineAction({
  id: 'project.save',
  labelKey: 'actions.project.save',
  shortcuts: ['Mod+S'],
  enabled: (app) => app.hasProject(),
  run: async (app) => {
    await app.save();
  },
});

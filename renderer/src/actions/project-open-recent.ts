import { defineAction } from './action';

/** Lists recently opened projects (the File → Open Recent menu does the same in Electron). */
export default defineAction({
  id: 'project.openRecentList',
  labelKey: 'actions.project.openRecentList',
  shortcuts: ['Mod+Shift+O'],
  run: (app) => app.chooseRecentProject(),
});

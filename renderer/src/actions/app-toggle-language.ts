import { defineAction } from './action';

export default defineAction({
  id: 'app.toggleLanguage',
  labelKey: 'actions.app.toggleLanguage',
  shortcuts: ['Mod+Shift+L'],
  run: (app) => app.toggleLanguage(),
});

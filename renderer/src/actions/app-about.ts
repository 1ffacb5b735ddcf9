import { defineAction } from './action';

export default defineAction({
  id: 'app.about',
  labelKey: 'actions.app.about',
  run: (app) => app.showAbout(),
});

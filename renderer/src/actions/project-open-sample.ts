import { defineAction } from './action';

/** Opens the synthetic sample county (the project Landlink shows on first start). */
export default defineAction({
  id: 'project.openSample',
  labelKey: 'actions.project.openSample',
  run: (app) => app.openSample(),
});

import { defineAction } from './action';

/** Writes a copy of the whole project as a GeoPackage (for QGIS or another office). */
export default defineAction({
  id: 'data.export',
  labelKey: 'actions.data.export',
  shortcuts: ['Mod+E'],
  enabled: (app) => app.hasProject(),
  run: (app) => app.exportProjectCopy(),
});

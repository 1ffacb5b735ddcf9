import { defineAction } from './action';

/** Imports a GeoJSON file into one of the project's feature tables, all-or-nothing and undoable. */
export default defineAction({
  id: 'data.import',
  labelKey: 'actions.data.import',
  shortcuts: ['Mod+I'],
  enabled: (app) => app.hasProject(),
  run: (app) => app.openImportDialog(),
});

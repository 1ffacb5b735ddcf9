import { defineAction } from './action';

/** Prints the current map view to PDF through the host (Electron printToPDF, or the browser's print dialog). */
export default defineAction({
  id: 'map.print',
  labelKey: 'actions.map.print',
  shortcuts: ['Mod+P'],
  enabled: (app) => app.hasProject(),
  run: (app) => app.printMap(),
});

import { toggleTablePanel } from '../table/table-panel-store';
import { defineAction } from './action';

/** Shows or hides the attribute table (属性表) under the map. */
export default defineAction({
  id: 'table.toggle',
  labelKey: 'actions.table.toggle',
  // F6 as in QGIS; also the one that works in a plain browser, where Ctrl+T opens a new tab before the page sees it.
  shortcuts: ['Mod+T', 'F6'],
  enabled: (app) => app.hasProject(),
  run: () => toggleTablePanel(),
});

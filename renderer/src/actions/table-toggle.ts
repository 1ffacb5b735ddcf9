import { toggleTablePanel } from '../table/table-panel-store';
import { defineAction, needsProject } from './action';

/** Shows or hides the attribute table (属性表) under the map. F6 as in QGIS is also the shortcut that works in a plain
 * browser, where Ctrl+T opens a new tab before the page sees it (shortcuts in shared/app/action-catalog.ts). */
export default defineAction('table.toggle', {
  predicate: needsProject,
  perform: () => toggleTablePanel(),
});

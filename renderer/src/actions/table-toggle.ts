import { toggleTablePanel } from '../table/table-panel-store';
import { defineAction } from './action';

/** Shows or hides the attribute table (属性表) under the map. */
export default defineAction({
  id: 'table.toggle',
  labelKey: 'actions.table.toggle',
  shortcuts: ['Mod+T'],
  enabled: (app) => app.hasProject(),
  run: () => toggleTablePanel(),
});

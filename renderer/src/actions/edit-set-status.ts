import { defineAction } from './action';
import { setStatusOfSelection } from '../table/set-status-of-selection';

/** Sets one status on all selected parcels or houses (one undo step; sold quota is guarded by the ledger). */
export default defineAction({
  id: 'edit.setStatus',
  labelKey: 'actions.edit.setStatus',
  shortcuts: ['Mod+Alt+S'],
  enabled: (app) => app.hasProject(),
  run: (app) => setStatusOfSelection(app),
});

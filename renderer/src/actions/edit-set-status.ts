import { defineAction, needsProject } from './action';
import { setStatusOfSelection } from '../table/set-status-of-selection';

/** Sets one status on all selected parcels or houses (one undo step; sold quota is guarded by the ledger). */
export default defineAction('edit.setStatus', {
  predicate: needsProject,
  perform: (context) => setStatusOfSelection(context),
});

import { toggleLedger } from '../ledger/ledger-store';
import { defineAction, needsProject } from './action';

/** Shows or hides the 账本 workspace (quota ledger, sales, loans, repayment plan, dashboard) over the map. */
export default defineAction('ledger.toggle', {
  predicate: needsProject,
  perform: () => toggleLedger(),
});

import { toggleLedger } from '../ledger/ledger-store';
import { defineAction } from './action';

/** Shows or hides the 账本 workspace (quota ledger, sales, loans, repayment plan, dashboard) over the map. */
export default defineAction({
  id: 'ledger.toggle',
  labelKey: 'actions.ledger.toggle',
  shortcuts: ['Mod+L'],
  enabled: (app) => app.hasProject(),
  run: () => toggleLedger(),
});

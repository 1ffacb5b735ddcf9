// The UI half of the ledger's guard on map edits: when the worker refuses an edit of parcels or construction plots
// because it would leave sold quota above a project's surplus (`ledger-confirm`), the user sees the sales it breaks
// and chooses: cancel (nothing changes) or save anyway (the edit is sent again, acknowledged). Every edit path — the
// attribute table, the form, a status change of many parcels, deletion, boundary edits, split, merge — goes through
// AppController.updateFeature/editFeatures, which call this.
import i18next from 'i18next';
import type { LedgerIssue } from '../../../shared/ledger/ledger-issue';
import { uiCommands } from '../app/ui-commands';
import { currentLanguage } from '../i18n/i18n';
import { RpcError } from '../rpc/rpc-error';

/** The user cancelled an edit that breaks quota sales; nothing was changed. */
export class LedgerEditCancelled extends Error {
  constructor() {
    super(i18next.t('ledger.guard.cancelled'));
    this.name = 'LedgerEditCancelled';
  }
}

export async function withLedgerConfirmation<T>(call: (acknowledge: boolean) => Promise<T>): Promise<T> {
  try {
    return await call(false);
  } catch (error) {
    if (!(error instanceof RpcError) || error.failure.code !== 'ledger-confirm') throw error;
    if (!(await askToBreakSales(error.failure.ledgerIssues ?? []))) throw new LedgerEditCancelled();
    return call(true);
  }
}

async function askToBreakSales(issues: readonly LedgerIssue[]): Promise<boolean> {
  const zh = currentLanguage() === 'zh-CN';
  const body = [i18next.t('ledger.guard.lead'), ...issues.map((issue) => `• ${zh ? issue.messageZh : issue.message}`)].join('\n\n');
  const choice = await uiCommands.ask(i18next.t('ledger.guard.title'), body, [
    { id: 'cancel', label: i18next.t('ledger.guard.cancel'), primary: true },
    { id: 'proceed', label: i18next.t('ledger.guard.proceed') },
  ]);
  return choice === 'proceed';
}

// A change refused because it would leave quota sold beyond a project's surplus. The app asks the user and sends
// the change again acknowledged; the CLI refuses with exit 2 naming each sale unless --accept-ledger-warnings.
import type { LedgerIssue } from '../ledger/ledger-issue';

export class LedgerWarningsError extends Error {
  override readonly name = 'LedgerWarningsError';
  readonly code = 'ledger-confirm';
  readonly messageZh: string;
  constructor(readonly ledgerIssues: readonly LedgerIssue[]) {
    const sales = brokenSales(ledgerIssues);
    super(`This change would leave quota sold beyond the surplus (${sales.join(', ')}); nothing was changed. Confirm it to make it anyway. ${ledgerIssues.map((i) => i.message).join(' ')}`);
    this.messageZh = `此修改将使已交易指标超过节余指标（${sales.join('、')}），尚未保存；确认后方可保存。${ledgerIssues.map((i) => i.messageZh).join('')}`;
  }
}

/** The quota sales the issues name, each once. */
export function brokenSales(issues: readonly LedgerIssue[]): string[] {
  return [...new Set(issues.flatMap((i) => i.transactionCodes ?? []))];
}

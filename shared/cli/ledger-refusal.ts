// The sentence a writing command ends with when its change would leave quota sold beyond a project's surplus:
// each broken sale named, and how to go on (--accept-ledger-warnings) or back (nothing was written).
import { brokenSales, type LedgerWarningsError } from '../write/ledger-warnings-error';

export function ledgerRefusal(error: LedgerWarningsError, source: string, project: string): string {
  const sales = brokenSales(error.ledgerIssues);
  const details = error.ledgerIssues.map((issue) => issue.message).join(' ');
  return `${source}: this change would leave quota sold beyond the surplus, breaking sale${sales.length === 1 ? '' : 's'} ${sales.join(', ')}. ${details} Nothing was written and ${project} is unchanged; rerun with --accept-ledger-warnings to make the change anyway (the warning is logged in audit_log).`;
}

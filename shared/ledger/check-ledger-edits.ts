// Checks several ledger edits made as one user step (a split, a merge, a status change of many parcels) through
// applyLedgerEdit, one after another on the ledger as it is. The edits that add quota go first, so that a step that
// moves area around (a split: one parcel shrinks, a new one takes the rest) is judged by where it ends, not by a
// half-way state; what still breaks sales afterwards is warned about, naming the sales. The ledger is changed as
// if the user confirmed: pass a copy (or one built for the check) when it must stay as it was.
import { applyLedgerEdit } from './apply-ledger-edit';
import { areaUnits } from './area-units';
import type { LedgerEdit } from './ledger-edit';
import type { LedgerIssue } from './ledger-issue';
import type { QuotaLedger } from './quota-ledger';
import { producesQuota } from './quota-statuses';
import { MU_TOLERANCE } from './rules/sale-within-available';

export function checkLedgerEdits(ledger: QuotaLedger, edits: readonly LedgerEdit[]): LedgerIssue[] {
  const ordered = [...edits].sort((a, b) => surplusEffect(ledger, b) - surplusEffect(ledger, a));
  const surplusBefore = new Map(ledger.quotas().map((q) => [q.code, q.surplus_mu]));
  const issues: LedgerIssue[] = [];
  for (const edit of ordered) issues.push(...applyLedgerEdit(ledger, edit, { acknowledgeWarnings: true }).issues);
  return issues.filter((issue) => {
    if (issue.severity !== 'warning' || !issue.projectCode) return true;
    const after = ledger.quota(issue.projectCode);
    return !after || (after.surplus_mu < (surplusBefore.get(issue.projectCode) ?? 0) - MU_TOLERANCE && after.sold_mu > after.surplus_mu + MU_TOLERANCE);
  });
}

/** How much the edit adds to surplus (in area units, summed over projects), judged on the ledger before any edit. */
function surplusEffect(ledger: QuotaLedger, edit: LedgerEdit): number {
  const accepted = (p: { project_code: string | null; status: string; area_m2: number } | undefined) => (p?.project_code && producesQuota(p.status) ? areaUnits(p.area_m2) : 0);
  switch (edit.kind) {
    case 'put-parcel':
      return accepted(edit.parcel) - accepted(ledger.parcel(edit.parcel.code));
    case 'remove-parcel':
      return -accepted(ledger.parcel(edit.parcelCode));
    case 'set-parcel-status': {
      const parcel = ledger.parcel(edit.parcelCode);
      return parcel ? accepted({ ...parcel, status: edit.status }) - accepted(parcel) : 0;
    }
    case 'put-plot': {
      const old = ledger.plot(edit.plot.code);
      return (old?.project_code ? areaUnits(old.area_m2) : 0) - (edit.plot.project_code ? areaUnits(edit.plot.area_m2) : 0);
    }
    case 'remove-plot': {
      const old = ledger.plot(edit.plotCode);
      return old?.project_code ? areaUnits(old.area_m2) : 0;
    }
    default:
      return 0;
  }
}

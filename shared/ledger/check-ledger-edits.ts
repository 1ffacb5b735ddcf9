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
import { checkSurplusShrink } from './rules/surplus-shrink-breaks-sales';

export function checkLedgerEdits(ledger: QuotaLedger, edits: readonly LedgerEdit[]): LedgerIssue[] {
  const ordered = [...edits].sort((a, b) => surplusEffect(ledger, b) - surplusEffect(ledger, a));
  const surplusBefore = new Map(ledger.quotas().map((q) => [q.code, q.surplus_mu]));
  const issues: LedgerIssue[] = [];
  const shrinking = new Map<string, string[]>();
  for (const edit of ordered) {
    noteShrink(ledger, edit, shrinking);
    issues.push(...applyLedgerEdit(ledger, edit, { acknowledgeWarnings: true }).issues);
  }
  const kept = issues.filter((issue) => {
    if (issue.severity !== 'warning' || !issue.projectCode) return true;
    const after = ledger.quota(issue.projectCode);
    return !after || (after.surplus_mu < (surplusBefore.get(issue.projectCode) ?? 0) - MU_TOLERANCE && after.sold_mu > after.surplus_mu + MU_TOLERANCE);
  });
  return onePerProject(ledger, kept, surplusBefore, shrinking);
}

/** Records which rows take surplus away from which project (for one sentence per project). */
function noteShrink(ledger: QuotaLedger, edit: LedgerEdit, into: Map<string, string[]>): void {
  const note = (project: string | null | undefined, code: string) => {
    if (project) into.set(project, [...(into.get(project) ?? []), code]);
  };
  const accepted = (p: { project_code: string | null; status: string; area_m2: number } | undefined, project: string | null) => (p && p.project_code === project && producesQuota(p.status) ? areaUnits(p.area_m2) : 0);
  if (edit.kind === 'put-parcel' || edit.kind === 'remove-parcel' || edit.kind === 'set-parcel-status') {
    const code = edit.kind === 'put-parcel' ? edit.parcel.code : edit.parcelCode;
    const old = ledger.parcel(code);
    if (!old?.project_code) return;
    const next = edit.kind === 'put-parcel' ? edit.parcel : edit.kind === 'set-parcel-status' ? { ...old, status: edit.status } : undefined;
    if (accepted(next, old.project_code) < accepted(old, old.project_code)) note(old.project_code, code);
  } else if (edit.kind === 'put-plot') {
    const old = ledger.plot(edit.plot.code);
    if (edit.plot.project_code && (old?.project_code !== edit.plot.project_code || areaUnits(edit.plot.area_m2) > areaUnits(old.area_m2))) note(edit.plot.project_code, edit.plot.code);
  }
}

/** Parcels named in a merged warning; the rest are counted. */
const NAMED_PARCELS = 5;

/**
 * A step that changes many parcels of one project (a status set on a selection) would warn once per parcel; the user
 * needs one sentence per project: from what surplus to what, which parcels, which sales.
 */
function onePerProject(ledger: QuotaLedger, issues: LedgerIssue[], surplusBefore: ReadonlyMap<string, number>, shrinking: ReadonlyMap<string, readonly string[]>): LedgerIssue[] {
  const byProject = new Map<string, LedgerIssue[]>();
  for (const issue of issues) if (issue.severity === 'warning' && issue.projectCode) byProject.set(issue.projectCode, [...(byProject.get(issue.projectCode) ?? []), issue]);
  const merged = new Map<string, LedgerIssue>();
  for (const [project, list] of byProject) {
    const quota = ledger.quota(project);
    if ((list.length === 1 && new Set(shrinking.get(project) ?? []).size <= 1) || !quota) continue;
    const rows = [...new Set(shrinking.get(project) ?? [])];
    const named = rows.slice(0, NAMED_PARCELS);
    const more = rows.length - named.length;
    const cause = {
      en: `This change (${named.join(', ')}${more > 0 ? ` and ${more} more, ${rows.length} in all` : ''})`,
      zh: `此次修改（${named.join('、')}${more > 0 ? ` 等 ${rows.length} 个地块` : ''}）`,
    };
    const [issue] = checkSurplusShrink({ projectCode: project, surplusBeforeMu: surplusBefore.get(project) ?? 0, surplusAfterMu: quota.surplus_mu, soldMu: quota.sold_mu, cause }, ledger.salesOfProject(project));
    if (issue) merged.set(project, issue);
  }
  const out: LedgerIssue[] = [];
  for (const issue of issues) {
    const replacement = issue.projectCode ? merged.get(issue.projectCode) : undefined;
    if (!replacement) out.push(issue);
    else if (!out.includes(replacement)) out.push(replacement);
  }
  return out;
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

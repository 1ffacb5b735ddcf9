// The ledger workspace's own edits in the worker, on the sample county: a loan changed moves its schedule and the
// plan; a loan whose grace is not shorter than its term is refused at that field and nothing is written; turnover
// quota needs a real project; a sale's tranche plan, the price presets and the county targets are saved and read
// back into the view; every save is one undo step.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { ProjectSession } from '../../worker/project-session';

const AS_OF = '2026-06-30';

async function sample(): Promise<ProjectSession> {
  const session = new ProjectSession(await initSqlJs());
  session.openSample(7);
  return session;
}

function failureOf(work: () => unknown): { code: string; field?: string; messageZh: string } {
  try {
    work();
  } catch (error) {
    return error as { code: string; field?: string; messageZh: string };
  }
  throw new Error('expected a refusal');
}

describe('ledger rows saved from the workspace', () => {
  it('changes a loan: its schedule and the plan follow; a bad grace period is refused at the field', async () => {
    const session = await sample();
    const before = session.ledgerView({}, AS_OF);
    const loan = before.loans.find((l) => l.code === 'DK-02')!;
    session.saveLedgerRow('loans', 'DK-02', { principal_yuan: loan.principal_yuan * 2 });
    const after = session.ledgerView({}, AS_OF);
    const changed = after.loans.find((l) => l.code === 'DK-02')!;
    expect(changed.schedule!.totals.principal).toBeCloseTo(loan.principal_yuan * 2, 2);
    expect(after.plan.years.reduce((s, y) => s + y.debt_service, 0)).toBeGreaterThan(before.plan.years.reduce((s, y) => s + y.debt_service, 0));

    const refused = failureOf(() => session.saveLedgerRow('loans', 'DK-02', { grace_years: 10 }));
    expect(refused.field).toBe('grace_years');
    expect(refused.messageZh).toContain('宽限期');
    expect(session.ledgerView({}, AS_OF).loans.find((l) => l.code === 'DK-02')!.grace_years).toBe(0);

    const { code } = session.saveLedgerRow('loans', null, { lender: '农业发展银行（测试）', principal_yuan: 5_000_000, annual_rate: 0.0441, start_date: '2020-01-01', term_years: 10, grace_years: 2, method: 'annuity', frequency: 'quarterly', interest_subsidy: 0 });
    expect(session.ledgerView({}, AS_OF).loans.find((l) => l.code === code)!.schedule!.payments).toHaveLength(40);
    session.deleteLedgerRow('loans', code);
    expect(session.ledgerView({}, AS_OF).loans.some((l) => l.code === code)).toBe(false);
    session.undo();
    expect(session.ledgerView({}, AS_OF).loans.some((l) => l.code === code)).toBe(true);
  });

  it('turnover quota, a tranche plan, price presets and targets are saved and read back', async () => {
    const session = await sample();
    const view = session.ledgerView({}, AS_OF);
    expect(failureOf(() => session.saveLedgerRow('turnover_quota', null, { project_code: 'GG-NONE', mu: 10, borrowed_date: '2024-01-01' })).field).toBe('project_code');
    expect(failureOf(() => session.saveLedgerRow('turnover_quota', null, { project_code: view.projects[0]!.code, mu: 10, borrowed_date: '2024-01-01', returned_date: '2023-01-01' })).field).toBe('returned_date');
    const { code } = session.saveLedgerRow('turnover_quota', null, { project_code: view.projects[0]!.code, mu: 12.5, borrowed_date: '2024-01-01' });
    const turnover = session.ledgerView({}, AS_OF).turnover.find((r) => r.code === code)!;
    expect(turnover).toMatchObject({ mu: 12.5, return_by: '2027-01-01', state: 'outstanding' });

    const sale = view.sales[0]!;
    session.saveLedgerRow('quota_transactions', sale.code, { tranche_plan: JSON.stringify({ kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 }) });
    const saved = session.ledgerView({}, AS_OF).sales.find((s) => s.code === sale.code)!;
    expect(saved.tranche_plan).toEqual({ kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 });
    expect(saved.tranches.map((t) => t.kind)).toEqual(['advance', 'settlement']);
    expect(failureOf(() => session.saveLedgerRow('quota_transactions', sale.code, { tranche_plan: JSON.stringify({ kind: 'equal_annual', count: 0 }) })).field).toBe('tranche_plan');
    expect(failureOf(() => session.saveLedgerRow('quota_transactions', sale.code, { mu: 1 })).field).toBe('mu');

    session.saveLedgerSettings({ presetEdits: [{ id: 'intra_province_typical', yuanPerMu: 180_000 }] });
    expect(session.ledgerView({}, AS_OF).presets.find((p) => p.id === 'intra_province_typical')!.yuanPerMu).toBe(180_000);
    session.saveLedgerSettings({ targets: { households: view.dashboard.households * 2, reclaimedMu: 5000 } });
    const progress = session.ledgerView({}, AS_OF).dashboard.progress;
    expect(progress.map((p) => p.key)).toEqual(['households', 'reclaimedMu']);
    expect(progress[0]!.share).toBeCloseTo(0.5, 10);
    expect(failureOf(() => session.saveLedgerSettings({ targets: { persons: -3 } })).code).toBe('invalid-target');
  });
});

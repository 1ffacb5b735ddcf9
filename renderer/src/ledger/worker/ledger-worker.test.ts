// The ledger workspace's worker side on the sample county: the view agrees with the project summary, a sale beyond
// the available quota is refused with the rule's message and writes nothing, one within it is written and counted,
// and a parcel accepted raises its project's surplus and the unsold income the plan expects.
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../../sample-data/build-sample-project';
import { createEmptyProject } from '../../../../shared/project/create-empty-project';
import { projectSummary } from '../../../../shared/project/project-summary';
import { ledgerTableBytes } from '../ledger-export';
import { checkNewSale, nextSaleCode } from './ledger-add-sale';
import { checkNewPayment } from './ledger-add-payment';
import { ledgerViewOfDb } from './ledger-view-of-db';

const AS_OF = '2026-06-30';

describe('ledger view and sales in the worker', () => {
  it('builds the view of the sample county and refuses a sale beyond the available quota', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const view = ledgerViewOfDb(db, {}, AS_OF);
    const summary = projectSummary(db).linkageProjects;
    expect(view.projects.map((p) => p.code)).toEqual(summary.map((s) => s.code));
    view.projects.forEach((p, i) => expect(p.surplus_mu).toBeCloseTo(summary[i]!.surplus_mu, 6));
    expect(view.loans.every((l) => l.schedule !== null)).toBe(true);
    expect(view.plan.years.length).toBeGreaterThan(5);
    expect(view.dashboard.households).toBeGreaterThan(0);
    expect(view.sales[0]!.tranches.length).toBeGreaterThan(0);

    const project = view.projects.find((p) => p.available_mu > 2)!;
    const countSales = () => Number(db.exec('SELECT count(*) FROM quota_transactions')[0]!.values[0]![0]);
    const before = countSales();
    const refused = checkNewSale(db, { project_code: project.code, scope: 'cross_province', buyer: null, quality: 'cultivated', mu: project.available_mu + 100, unit_price_yuan: 300_000, contract_date: AS_OF });
    expect(refused.result.applied).toBe(false);
    expect(refused.write).toBeUndefined();
    expect(refused.result.issues[0]!.rule).toBe('sale-exceeds-available');
    expect(refused.result.issues[0]!.messageZh).toContain('可交易指标仅剩');

    const allowed = checkNewSale(db, { project_code: project.code, scope: 'cross_province', buyer: '某省', quality: 'cultivated', mu: 2, unit_price_yuan: 300_000, contract_date: AS_OF });
    expect(allowed.result.applied).toBe(true);
    allowed.write!(db);
    expect(countSales()).toBe(before + 1);
    const after = ledgerViewOfDb(db, {}, AS_OF);
    expect(after.projects.find((p) => p.code === project.code)!.available_mu).toBeCloseTo(project.available_mu - 2, 6);
    expect(after.sales.find((s) => s.code === allowed.result.code)!.contract_total_yuan).toBe(600_000);
  });

  it('sees a parcel accepted at once: more surplus, more unsold income expected', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const before = ledgerViewOfDb(db, {}, AS_OF);
    const [code, project] = db.exec("SELECT code, project_code FROM reclaim_parcels WHERE status = 'planned' AND project_code IS NOT NULL LIMIT 1")[0]!.values[0]! as [string, string];
    db.run("UPDATE reclaim_parcels SET status = 'accepted' WHERE code = ?", [code]);
    const after = ledgerViewOfDb(db, {}, AS_OF);
    const surplus = (v: typeof before) => v.projects.find((p) => p.code === project)!.surplus_mu;
    expect(surplus(after)).toBeGreaterThanOrEqual(surplus(before));
    const unsold = (v: typeof before) => v.plan.years.reduce((s, y) => s + y.expected_unsold, 0);
    expect(unsold(after)).toBeGreaterThan(unsold(before));
  });

  it('shows an empty ledger for a new project, and refuses a sale of a project that does not exist', async () => {
    const SQL = await initSqlJs();
    const db = createEmptyProject(SQL, { name: '新项目', county: '某县' });
    const view = ledgerViewOfDb(db, {}, AS_OF);
    expect(view.projects).toEqual([]);
    expect(view.plan).toMatchObject({ years: [], coverage: null, first_shortfall_year: null });
    expect(view.dashboard.households).toBe(0);
    const refused = checkNewSale(db, { project_code: 'GG-X', scope: 'intra_province', buyer: null, quality: null, mu: 1, unit_price_yuan: 250_000, contract_date: AS_OF });
    expect(refused.result.applied).toBe(false);
    expect(refused.result.issues[0]!.rule).toBe('unknown-project');
  });

  it('records a payment within the contract total and refuses one beyond it', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const sale = ledgerViewOfDb(db, {}, AS_OF).sales[0]!;
    const outstanding = Math.round((sale.contract_total_yuan - sale.received_yuan) * 100) / 100;
    const tooMuch = checkNewPayment(db, { transaction_code: sale.code, due_date: null, paid_date: AS_OF, amount_yuan: outstanding + 1_000_000 });
    expect(tooMuch.result.applied).toBe(false);
    expect(tooMuch.result.issues[0]!.rule).toBe('payments-exceed-contract');
    // The sample schedules every tranche as a payment row; settling a due one marks it received.
    const due = ledgerViewOfDb(db, {}, AS_OF).sales.flatMap((s) => s.payments).find((p) => !p.paid_date)!;
    const settled = checkNewPayment(db, { code: due.code, transaction_code: due.transaction_code, due_date: null, paid_date: AS_OF, amount_yuan: due.amount_yuan });
    expect(settled.result).toMatchObject({ applied: true, code: due.code });
    const before = ledgerViewOfDb(db, {}, AS_OF).sales.find((s) => s.code === due.transaction_code)!;
    settled.write!(db);
    const after = ledgerViewOfDb(db, {}, AS_OF).sales.find((s) => s.code === due.transaction_code)!;
    expect(after.received_yuan).toBeCloseTo(before.received_yuan + due.amount_yuan, 2);
    expect(after.payments.find((p) => p.code === due.code)!.paid_date).toBe(AS_OF);
  });

  it('numbers new sales after the project, as the sample does', () => {
    expect(nextSaleCode([{ code: 'JY-2017-01-1', project_code: 'GG-2017-01', scope: 'intra_province', buyer: null, quality: null, mu: 1, unit_price_yuan: null, contract_date: null }], 'GG-2017-01')).toBe('JY-2017-01-2');
  });

  it('exports a table to CSV with the headers the screen shows', async () => {
    const bytes = await ledgerTableBytes({ name: '指标交易', columns: [{ property: 'code', header: '交易编号' }, { property: 'mu', header: '面积（亩）', kind: 'real' }], rows: [{ code: 'JY-1', mu: 12.5 }] }, 'csv');
    const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
    expect(text.split(/\r\n/)[0]).toBe('交易编号,面积（亩）');
    expect(text).toContain('JY-1,12.5');
  });
});

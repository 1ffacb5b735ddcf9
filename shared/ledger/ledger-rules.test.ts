import { describe, expect, it } from 'vitest';
import { muToSquareMetres } from '../domain/units';
import { applyLedgerEdit } from './apply-ledger-edit';
import { checkLedger } from './check-ledger';
import { ledgerTestRows } from './ledger-test-rows';
import { QuotaLedger } from './quota-ledger';
import { turnoverStatus } from './turnover-quota';

const newLedger = () => new QuotaLedger(ledgerTestRows());
const sale = { code: 'JY-3', project_code: 'GG-01', scope: 'intra_province' as const, buyer: '省内乙市', quality: null, mu: 120, unit_price_yuan: 200_000, contract_date: '2023-06-01' };

describe('a sale cannot exceed the available quota', () => {
  it('refuses 120 mu when 100 mu are left, and says what, where and how to fix it', () => {
    const ledger = newLedger();
    const result = applyLedgerEdit(ledger, { kind: 'put-sale', sale });
    expect(result.applied).toBe(false);
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ rule: 'sale-exceeds-available', severity: 'error', projectCode: 'GG-01', transactionCodes: ['JY-3'] });
    expect(issue!.message).toBe(
      'Sale JY-3 asks for 120.00 mu, but linkage project GG-01 has only 100.00 mu of quota available (surplus 450.00 mu, already sold 350.00 mu); reduce the sale to at most 100.00 mu, or get more parcels accepted first.',
    );
    expect(issue!.messageZh).toContain('可交易指标仅剩 100.00 亩');
    expect(ledger.sale('JY-3')).toBeUndefined();
  });
  it('accepts exactly the available quota', () => {
    const ledger = newLedger();
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...sale, mu: 100 } }).applied).toBe(true);
    expect(ledger.quota('GG-01')!.available_mu).toBeCloseTo(0, 6);
  });
  it('gives an edited sale its own old quantity back', () => {
    const ledger = newLedger();
    const jy2 = ledger.sale('JY-2')!;
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...jy2, mu: 250 } }).applied).toBe(true);
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...jy2, mu: 250.01 } }).issues[0]!.rule).toBe('sale-exceeds-available');
  });
  it('refuses a sale of an unknown project and a non-positive quantity', () => {
    const ledger = newLedger();
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...sale, project_code: 'GG-99' } }).issues[0]!.rule).toBe('unknown-project');
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...sale, mu: 0 } }).issues[0]!.rule).toBe('invalid-sale');
  });
});

describe('a parcel leaving accepted status while its quota is sold', () => {
  it('warns, naming the sales it breaks, and changes nothing until acknowledged', () => {
    const ledger = newLedger();
    // 450 − 200 = 250 mu of surplus would be left for 350 mu sold: the later sale, JY-2, is no longer covered.
    const result = applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-1', status: 'completed' });
    expect(result.applied).toBe(false);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ rule: 'status-change-breaks-sales', severity: 'warning', projectCode: 'GG-01', parcelCode: 'FK-1', transactionCodes: ['JY-2'] });
    expect(result.issues[0]!.message).toBe(
      'Parcel FK-1 going from accepted back to completed (initial check) would cut the surplus of linkage project GG-01 from 450.00 to 250.00 mu, below the 350.00 mu already sold; it breaks sale JY-2 (150.00 mu, 省内甲市, 2022-04-01). Confirm only if this is really so, then reduce or cancel that sale.',
    );
    expect(result.issues[0]!.messageZh).toContain('地块 FK-1 由“已验收”改为“已完工（初验）”');
    expect(ledger.parcel('FK-1')!.status).toBe('accepted');

    const confirmed = applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-1', status: 'completed' }, { acknowledgeWarnings: true });
    expect(confirmed.applied).toBe(true);
    expect(ledger.quota('GG-01')!.surplus_mu).toBeCloseTo(250, 6);
    expect(checkLedger(ledger, [], '2024-01-01').map((i) => [i.rule, i.transactionCodes])).toEqual([['oversold-project', ['JY-2']]]);
  });
  it('says nothing when the remaining surplus still covers the sales', () => {
    const ledger = newLedger();
    applyLedgerEdit(ledger, { kind: 'remove-sale', saleCode: 'JY-2' });
    expect(applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-1', status: 'completed' })).toEqual({ applied: true, issues: [] });
  });
  it('treats accepting a parcel, or filing an accepted one, as harmless', () => {
    const ledger = newLedger();
    expect(applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-4', status: 'accepted' }).applied).toBe(true);
    expect(ledger.quota('GG-01')!.surplus_mu).toBeCloseTo(550, 6);
    expect(applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-1', status: 'filed' }).issues).toEqual([]);
  });
  it('warns the same way when construction land grows or a parcel shrinks', () => {
    const ledger = newLedger();
    const plot = applyLedgerEdit(ledger, { kind: 'put-plot', plot: { code: 'JX-9', project_code: 'GG-01', area_m2: muToSquareMetres(120) } });
    expect(plot.issues[0]).toMatchObject({ rule: 'surplus-change-breaks-sales', transactionCodes: ['JY-2'] });
    expect(plot.issues[0]!.message).toMatch(/^Adding construction plot JX-9 \(120\.00 mu\) would cut the surplus/);
    const shrink = applyLedgerEdit(ledger, { kind: 'put-parcel', parcel: { ...ledger.parcel('FK-2')!, area_m2: muToSquareMetres(50) } });
    expect(shrink.issues[0]!.message).toMatch(/^Parcel FK-2 shrinking from 200\.00 to 50\.00 mu/);
  });
  it('refuses an unknown parcel or status', () => {
    const ledger = newLedger();
    expect(applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-404', status: 'accepted' }).issues[0]!.rule).toBe('unknown-row');
    expect(applyLedgerEdit(ledger, { kind: 'set-parcel-status', parcelCode: 'FK-1', status: 'approved' }).issues[0]!.rule).toBe('invalid-parcel-status');
  });
});

describe('payments cannot exceed the contract total', () => {
  it('refuses a payment that takes the total past mu × unit price', () => {
    const ledger = newLedger();
    // JY-1: 200 mu × 300,000 = 60,000,000 yuan, of which 60,000,000 already paid.
    const result = applyLedgerEdit(ledger, { kind: 'put-payment', payment: { code: 'ZF-9', transaction_code: 'JY-1', due_date: null, paid_date: '2023-01-05', amount_yuan: 0.01 } });
    expect(result.applied).toBe(false);
    expect(result.issues[0]!.message).toBe(
      'Payments of sale JY-1 add up to 60,000,000.01 yuan, 0.01 more than its contract total of 60,000,000.00 yuan (200.00 mu × 300,000.00 yuan/mu); correct the payment amounts, or the sale\'s mu or unit price.',
    );
    expect(result.issues[0]!.messageZh).toContain('超出合同总额 60,000,000.00 元');
  });
  it('refuses lowering a sale below what was already paid', () => {
    const ledger = newLedger();
    expect(applyLedgerEdit(ledger, { kind: 'put-sale', sale: { ...ledger.sale('JY-1')!, unit_price_yuan: 250_000 } }).issues[0]!.rule).toBe('payments-exceed-contract');
  });
  it('refuses a payment of an unknown sale', () => {
    expect(applyLedgerEdit(newLedger(), { kind: 'put-payment', payment: { code: 'ZF-9', transaction_code: 'JY-404', due_date: null, paid_date: null, amount_yuan: 1 } }).issues[0]!.rule).toBe('unknown-row');
  });
});

describe('turnover quota', () => {
  const row = { project_code: 'GG-01', mu: 80, borrowed_date: '2021-02-28', returned_date: null };
  it('is due back three years after it was borrowed', () => {
    expect(turnoverStatus(row, '2023-01-01')).toMatchObject({ return_by: '2024-02-28', state: 'outstanding' });
    expect(turnoverStatus(row, '2023-09-01').state).toBe('due_soon');
    expect(turnoverStatus(row, '2024-02-29').state).toBe('overdue');
    expect(turnoverStatus({ ...row, returned_date: '2023-12-01' }, '2025-01-01').state).toBe('returned');
  });
  it('is reported when overdue', () => {
    const issues = checkLedger(newLedger(), [row], '2024-03-01');
    expect(issues.map((i) => i.rule)).toEqual(['turnover-overdue']);
    expect(issues[0]!.message).toContain('had to return it by 2024-02-28');
  });
});

import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { setMeta } from '../project/project-meta';
import { projectSummary } from '../project/project-summary';
import { LEDGER_META_KEYS, parseLedgerSettings } from './ledger-settings';
import { projectQuotas } from './project-quota';
import { readLedgerRows } from './read-ledger-rows';
import { savePlanAssumptions, saveTranchePlans, saveTurnoverQuota } from './save-ledger-settings';

describe('reading the ledger from a project file', () => {
  it('reads the sample county and agrees with the project summary per linkage project', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    setMeta(db, LEDGER_META_KEYS.tranchePlans, 'replaced below');
    saveTranchePlans(db, { 'JY-X': { kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 } });
    saveTurnoverQuota(db, [{ project_code: 'GG-01', mu: 40, borrowed_date: '2023-04-01', returned_date: null }]);
    savePlanAssumptions(db, { unsoldPricePerMu: 260_000, reserveShare: 0.8 });
    const { rows, settings } = readLedgerRows(db);
    expect(rows.turnover).toEqual([{ project_code: 'GG-01', mu: 40, borrowed_date: '2023-04-01', returned_date: null }]);
    expect(settings.planAssumptions).toEqual({ unsoldPricePerMu: 260_000, reserveShare: 0.8 });
    expect(rows.parcels.length).toBeGreaterThan(100);
    expect(rows.sales.length).toBeGreaterThan(0);
    expect(rows.loans.map((l) => l.code)).toContain('DK-01');
    expect(rows.tranchePlans).toEqual({ 'JY-X': { kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 } });
    expect(settings.problems).toEqual([]);
    const summary = projectSummary(db).linkageProjects;
    const quotas = projectQuotas(rows);
    expect(quotas.map((q) => q.code)).toEqual(summary.map((s) => s.code));
    quotas.forEach((q, i) => {
      expect(q.accepted_mu).toBeCloseTo(summary[i]!.accepted_mu, 4);
      expect(q.surplus_mu).toBeCloseTo(summary[i]!.surplus_mu, 4);
      expect(q.sold_mu).toBeCloseTo(summary[i]!.sold_mu, 6);
    });
    db.close();
  });
});

describe('ledger settings in landlink_meta', () => {
  it('keeps what parses and reports the rest', () => {
    const settings = parseLedgerSettings({
      [LEDGER_META_KEYS.tranchePlans]: JSON.stringify({ 'JY-1': { kind: 'equal_annual', count: 2 }, 'JY-2': { kind: 'equal_annual', count: 0 } }),
      [LEDGER_META_KEYS.turnover]: JSON.stringify([{ project_code: 'GG-01', mu: 50, borrowed_date: '2022-03-01' }, { project_code: 'GG-02' }]),
      [LEDGER_META_KEYS.planAssumptions]: '{not json',
    });
    expect(settings.tranchePlans).toEqual({ 'JY-1': { kind: 'equal_annual', count: 2 } });
    expect(settings.turnover).toEqual([{ project_code: 'GG-01', mu: 50, borrowed_date: '2022-03-01', returned_date: null }]);
    expect(settings.planAssumptions).toEqual({});
    expect(settings.problems).toHaveLength(3);
  });
});

import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { projectSummary } from '../project/project-summary';
import { LEDGER_META_KEYS, parseLedgerSettings } from './ledger-settings';
import { projectQuotas } from './project-quota';
import { readLedgerRows } from './read-ledger-rows';
import { readMeta, setMeta } from '../project/project-meta';
import { openProject } from '../project/open-project';
import { exportProject } from '../project/export-project';
import { SCHEMA_VERSION } from '../project/migrations';
import { savePlanAssumptions } from './save-ledger-settings';
import { insertFeatures } from '../project/insert-features';

describe('reading the ledger from a project file', () => {
  it('reads the sample county and agrees with the project summary per linkage project', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const sale = String(db.exec('SELECT code FROM quota_transactions ORDER BY code LIMIT 1')[0]!.values[0]![0]);
    db.run('UPDATE quota_transactions SET tranche_plan = ? WHERE code = ?', [JSON.stringify({ kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 }), sale]);
    insertFeatures(db, 'turnover_quota', [{ properties: { project_code: 'GG-01', mu: 40, borrowed_date: '2023-04-01' } }]);
    savePlanAssumptions(db, { unsoldPricePerMu: 260_000, reserveShare: 0.8 });
    const { rows, settings } = readLedgerRows(db);
    expect(rows.turnover).toHaveLength(3);
    expect(rows.turnover.find((t) => t.project_code === 'GG-01')).toEqual({ code: 'ZZ-000003', project_code: 'GG-01', mu: 40, borrowed_date: '2023-04-01', returned_date: null });
    expect(settings.planAssumptions).toEqual({ unsoldPricePerMu: 260_000, reserveShare: 0.8 });
    expect(rows.parcels.length).toBeGreaterThan(100);
    expect(rows.sales.length).toBeGreaterThan(0);
    expect(rows.loans.map((l) => l.code)).toContain('DK-01');
    expect(rows.tranchePlans).toEqual({ [sale]: { kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 1 } });
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

describe('schema 2 moves turnover quota and tranche plans out of landlink_meta', () => {
  it('a schema 1 file opens with them in turnover_quota and quota_transactions.tranche_plan; a bad entry stays in landlink_meta', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 7 });
    const sale = String(db.exec('SELECT code FROM quota_transactions ORDER BY code LIMIT 1')[0]!.values[0]![0]);
    // Make it a schema 1 file: no turnover table, no tranche_plan column, the lists as JSON in landlink_meta.
    db.exec('DROP TABLE turnover_quota; ALTER TABLE quota_transactions DROP COLUMN tranche_plan');
    db.run("DELETE FROM gpkg_contents WHERE table_name = 'turnover_quota'");
    setMeta(db, 'schema_version', '1');
    setMeta(db, LEDGER_META_KEYS.tranchePlans, JSON.stringify({ [sale]: { kind: 'equal_annual', count: 2 } }));
    setMeta(db, LEDGER_META_KEYS.turnover, JSON.stringify([{ project_code: 'GG-2017-01', mu: 40, borrowed_date: '2023-04-01' }, { project_code: 'GG-2019-02' }]));
    const opened = openProject(SQL, exportProject(db), { fileName: 'v1.gpkg' });
    expect(opened.migratedFrom).toBe(1);
    const { rows } = readLedgerRows(opened.db);
    expect(rows.tranchePlans).toEqual({ [sale]: { kind: 'equal_annual', count: 2 } });
    expect(rows.turnover).toEqual([{ code: 'ZZ-000001', project_code: 'GG-2017-01', mu: 40, borrowed_date: '2023-04-01', returned_date: null }]);
    const meta = readMeta(opened.db);
    expect(meta[LEDGER_META_KEYS.tranchePlans]).toBeUndefined();
    expect(meta[LEDGER_META_KEYS.turnover]).toBeDefined();
    expect(meta.schema_version).toBe(String(SCHEMA_VERSION));
    expect(opened.db.exec("SELECT data_type FROM gpkg_contents WHERE table_name = 'turnover_quota'")[0]!.values[0]![0]).toBe('attributes');
  });
});

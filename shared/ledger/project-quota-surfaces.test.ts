// One quota, everywhere: the side panel's summary (ProjectSummary, from the database and from the layers the worker
// read), `landlink info --json`, the ledger and print's summary table give every linkage project the same surplus to
// the mm², on the sample county and on a copy whose cached areas were changed with SQL behind Landlink's back, where
// `landlink validate` fails naming the parcel and the quota figure the column would change.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { MultiPolygon, Polygon } from 'geojson';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { ellipsoidalArea } from '../geo/area/ellipsoidal-area';
import { readPrintData } from '../print/read-print-data';
import { summaryTable } from '../print/summary-table';
import { exportProject } from '../project/export-project';
import { projectSummary } from '../project/project-summary';
import { readLayer } from '../project/read-layer';
import { QuotaLedger } from './quota-ledger';
import { readLedgerRows } from './read-ledger-rows';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'shared/cli/bin.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-quota-'));
let SQL: SqlJsStatic;

beforeAll(async () => {
  SQL = await initSqlJs();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function landlink(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * The oracle: every project's surplus in mm² recounted independently of the code under test, from the decoded
 * geometry of each feature (never its cached column), each area rounded to the mm² as the ledger rounds it.
 */
function recountSurplusMm2(db: Database): Map<string, number> {
  const accepted = new Map<string, number>();
  const construction = new Map<string, number>();
  const add = (map: Map<string, number>, code: string, geometry: unknown) => map.set(code, (map.get(code) ?? 0) + Math.round(ellipsoidalArea(geometry as Polygon | MultiPolygon) * 1e6));
  for (const f of readLayer(db, 'reclaim_parcels').features) {
    if (f.properties.project_code && ['accepted', 'filed'].includes(String(f.properties.status)) && f.geometry) add(accepted, String(f.properties.project_code), f.geometry);
  }
  for (const f of readLayer(db, 'construction_plots').features) if (f.properties.project_code && f.geometry) add(construction, String(f.properties.project_code), f.geometry);
  const codes = new Set([...accepted.keys(), ...construction.keys()]);
  return new Map([...codes].map((code) => [code, Math.max(0, (accepted.get(code) ?? 0) - (construction.get(code) ?? 0))]));
}

/** Each surface's surplus per project, in mm² where the surface carries m², as the exact mu double otherwise. */
function surfaces(db: Database, file: string | null) {
  const ledger = new QuotaLedger(readLedgerRows(db).rows).quotas();
  const panel = projectSummary(db).linkageProjects;
  const worker = projectSummary(db, { reclaim_parcels: readLayer(db, 'reclaim_parcels'), construction_plots: readLayer(db, 'construction_plots') }).linkageProjects;
  let cli = worker;
  if (file) {
    writeFileSync(file, exportProject(db));
    const info = landlink('info', file, '--json');
    expect(info.code, info.stderr).toBe(0);
    cli = JSON.parse(info.stdout).linkage_projects as typeof cli;
  }
  const data = readPrintData(db);
  const table = summaryTable('projects-quota', data, { kind: 'county' });
  return { ledger, panel, worker, cli, print: data.projects, printRows: table.rows };
}

/** Asserts one surplus per project on every surface (`landlink info --json` on `file` when one is given). */
function expectOneSurplus(db: Database, file: string | null): Map<string, number> {
  const oracle = recountSurplusMm2(db);
  const s = surfaces(db, file);
  expect(s.ledger.length).toBeGreaterThanOrEqual(3);
  for (const quota of s.ledger) {
    const code = quota.code;
    if (oracle.has(code)) expect(quota.surplus_mm2, code).toBe(oracle.get(code));
    const m2 = quota.surplus_mm2 / 1e6;
    // The same integer mm² behind every surface: m² equal as doubles, and mu equal as doubles (1 mm² is 1.5e-9 mu,
    // far above a double's resolution at these sizes, so equal mu means equal mm²).
    for (const [surface, rows] of [['panel', s.panel], ['worker', s.worker], ['info --json', s.cli]] as const) {
      const row = rows.find((r) => r.code === code);
      expect(row, `${surface} ${code}`).toBeDefined();
      expect(row!.surplus_m2, `${surface} ${code}`).toBe(m2);
      expect(row!.surplus_mu, `${surface} ${code}`).toBe(quota.surplus_mu);
    }
    expect(s.print.find((p) => p.code === code)?.surplusMu, `print ${code}`).toBe(quota.surplus_mu);
    expect(s.printRows.find((r) => r[0] === code)?.[3], `print table ${code}`).toBe(quota.surplus_mu.toFixed(2));
  }
  return new Map(s.ledger.map((q) => [q.code, q.surplus_mm2]));
}

describe('one quota computation behind every surface', () => {
  it('gives the same surplus per project to the mm² in the side panel, info --json, the ledger and print (sample county)', () => {
    const db = buildSampleProject(SQL, { seed: 11 });
    expectOneSurplus(db, path.join(dir, 'sample.gpkg'));
    const validate = landlink('validate', path.join(dir, 'sample.gpkg'), '--json');
    expect(JSON.parse(validate.stdout).problems.filter((p: { problem: string }) => p.problem === 'stale_area')).toEqual([]);
    db.close();
  });

  it('ignores cached areas changed with SQL: the surplus stays the geometry’s, and validate fails naming the parcel and the figure', () => {
    const db = buildSampleProject(SQL, { seed: 11 });
    const before = expectOneSurplus(db, null);
    const [code, project, cached] = db.exec("SELECT code, project_code, area_m2 FROM reclaim_parcels WHERE status = 'accepted' AND project_code IS NOT NULL ORDER BY code LIMIT 1")[0]!.values[0] as [string, string, number];
    const [plot, plotProject] = db.exec('SELECT code, project_code FROM construction_plots WHERE project_code IS NOT NULL ORDER BY code LIMIT 1')[0]!.values[0] as [string, string];
    const [planned] = db.exec("SELECT code FROM reclaim_parcels WHERE status = 'planned' ORDER BY code LIMIT 1")[0]!.values[0] as [string];
    // What someone might do with sqlite3 or QGIS's field calculator: inflate an accepted parcel by 100 mu.
    db.run('UPDATE reclaim_parcels SET area_m2 = area_m2 + 66666.67 WHERE code = ?', [code]);
    db.run('UPDATE construction_plots SET area_m2 = area_m2 / 2 WHERE code = ?', [plot]);
    db.run('UPDATE reclaim_parcels SET area_m2 = area_m2 + 1 WHERE code = ?', [planned]);
    const file = path.join(dir, 'tampered.gpkg');
    const after = expectOneSurplus(db, file);
    expect(after).toEqual(before);

    const run = landlink('validate', file, '--json');
    expect(run.code, run.stderr).toBe(1);
    const problems = JSON.parse(run.stdout).problems as { severity: string; problem: string; code: string; message: string; message_zh: string }[];
    const stale = problems.filter((p) => p.problem === 'stale_area');
    const parcelError = stale.find((p) => p.code === code)!;
    expect(parcelError.severity).toBe('error');
    expect(parcelError.message).toContain(`reclaim_parcels ${code}`);
    expect(parcelError.message).toContain(`accepted reclaimed area of linkage project ${project}`);
    const real = new QuotaLedger(readLedgerRows(db).rows).quota(project)!;
    // The figure as the column would give it: 100 mu more accepted area and surplus than the geometry's.
    expect(parcelError.message).toContain(`would be ${(real.accepted_mu + 100).toFixed(2)} mu instead of ${real.accepted_mu.toFixed(2)} mu`);
    expect(parcelError.message_zh).toContain(`挂钩项目 ${project} 的验收复垦面积`);
    expect(cached).toBeGreaterThan(0);
    const plotError = stale.find((p) => p.code === plot)!;
    expect(plotError.severity).toBe('error');
    expect(plotError.message).toContain(`construction land used of linkage project ${plotProject}`);
    // A parcel that produces no quota: its stale cache is a warning.
    expect(stale.find((p) => p.code === planned)?.severity).toBe('warning');
    const text = landlink('validate', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(new RegExp(`error: reclaim_parcels ${code}: cached area_m2`));
    db.close();
  });
});

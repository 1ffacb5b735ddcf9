import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportProject, insertFeatures, openProject } from '../project/index';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'shared/cli/bin.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-cli-'));
const sample = path.join(dir, 'sample.gpkg');

function landlink(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Errors are one sentence on stderr: never a stack trace. */
function expectOneSentence(stderr: string, pattern: RegExp): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  const run = landlink('sample', sample, '--seed', '5');
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/reclaimed parcels/);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('landlink CLI', () => {
  it('info --json reports counts, areas by status and the quota chain per linkage project', () => {
    const run = landlink('info', sample, '--json');
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.project.synthetic).toBe(true);
    expect(report.counts.reclaim_parcels).toBeGreaterThan(300);
    expect(Object.keys(report.parcels_by_status).sort()).toEqual(['accepted', 'completed', 'filed', 'in_progress', 'planned']);
    expect(report.linkage_projects.length).toBeGreaterThanOrEqual(3);
    for (const p of report.linkage_projects) {
      expect(Object.keys(p)).toEqual(expect.arrayContaining(['code', 'accepted_mu', 'construction_mu', 'surplus_mu', 'sold_mu', 'available_mu']));
      expect(p.surplus_mu).toBeCloseTo(Math.max(0, p.accepted_mu - p.construction_mu), 9);
      expect(p.available_mu).toBeCloseTo(p.surplus_mu - p.sold_mu, 9);
    }
    // County → township → village: every parcel counted once, townships add up to the county.
    const county = report.by_admin_area;
    expect(county.level).toBe('county');
    expect(county.count).toBe(report.counts.reclaim_parcels);
    expect(county.children.reduce((sum: number, t: { count: number }) => sum + t.count, 0)).toBe(county.count);
    expect(county.areaMu).toBeCloseTo(report.totals.reclaimed_mu, 6);
    const text = landlink('info', sample);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/复垦地块/);
  });

  it('validate passes the sample and fails (exit 1) a project that sold more quota than its surplus', async () => {
    const ok = landlink('validate', sample, '--json');
    expect(ok.code, ok.stdout).toBe(0);
    expect(JSON.parse(ok.stdout).errors).toBe(0);

    const SQL = await initSqlJs();
    const { db } = openProject(SQL, new Uint8Array(readFileSync(sample)));
    const project = String(db.exec('SELECT code FROM linkage_projects LIMIT 1')[0]!.values[0]![0]);
    insertFeatures(db, 'quota_transactions', [{ properties: { code: 'JY-OVER', project_code: project, scope: 'intra_province', mu: 100000, unit_price_yuan: 200000 } }]);
    const oversold = path.join(dir, 'oversold.gpkg');
    writeFileSync(oversold, exportProject(db));
    const bad = landlink('validate', oversold, '--json');
    expect(bad.code).toBe(1);
    const problems = JSON.parse(bad.stdout).problems as { problem: string; code: string }[];
    expect(problems).toContainEqual(expect.objectContaining({ problem: 'oversold_quota', code: project }));
  });

  it('import is all or nothing: a bad feature names its index and field and leaves the project unchanged', () => {
    const target = path.join(dir, 'import.gpkg');
    writeFileSync(target, readFileSync(sample));
    const before = readFileSync(target);
    const square = (x: number) => ({ type: 'Polygon', coordinates: [[[x, 38.7], [x + 0.001, 38.7], [x + 0.001, 38.701], [x, 38.7]]] });
    const source = path.join(dir, 'parcels.geojson');
    writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { DKBH: 'IMP-1', ZT: '已验收' }, geometry: square(114.1) },
      { type: 'Feature', properties: { DKBH: 'IMP-2', ZT: 'finished' }, geometry: square(114.2) },
    ] }));
    const bad = landlink('import', source, '--into', target, '--as', 'reclaim_parcels', '--map', 'DKBH=code', '--map', 'ZT=status');
    expect(bad.code).toBe(2);
    expectOneSentence(bad.stderr, /feature 2, field “ZT” → status: status must be one of .*nothing was imported/);
    expect(readFileSync(target).equals(before)).toBe(true);

    writeFileSync(source, readFileSync(source, 'utf8').replace('finished', 'planned'));
    const good = landlink('import', source, '--into', target, '--as', 'reclaim_parcels', '--map', 'DKBH=code', '--map', 'ZT=status');
    expect(good.code, good.stderr).toBe(0);
    expect(readFileSync(`${target}.bak`).equals(before)).toBe(true);
    const info = JSON.parse(landlink('info', target, '--json').stdout);
    expect(info.counts.reclaim_parcels).toBe(JSON.parse(landlink('info', sample, '--json').stdout).counts.reclaim_parcels + 2);
  });

  it('bad input and usage exit 2 with one clear sentence', () => {
    const notSqlite = path.join(dir, 'notes.gpkg');
    writeFileSync(notSqlite, 'just some text, not a database'.repeat(10));
    expectOneSentence(landlink('info', notSqlite).stderr, /notes\.gpkg.* is not a Landlink project/);
    expect(landlink('info', notSqlite).code).toBe(2);
    const truncated = path.join(dir, 'truncated.gpkg');
    writeFileSync(truncated, readFileSync(sample).subarray(0, 50000));
    const run = landlink('validate', truncated);
    expect(run.code).toBe(2);
    expectOneSentence(run.stderr, /damaged.*\.bak/);
    expect(landlink('info', path.join(dir, 'nowhere.gpkg')).code).toBe(2);
    expect(landlink('sample', path.join(dir, 'x.gpkg'), '--parcels', 'many').code).toBe(2);
    expect(landlink('frobnicate').code).toBe(2);
    expectOneSentence(landlink('info', sample, '--colour').stderr, /unknown option --colour; usage: landlink info/);
    expect(landlink('--help').stdout).toMatch(/landlink sample <out.gpkg>/);
  });

  it('runs through npm run landlink', () => {
    const run = spawnSync('npm', ['run', '-s', 'landlink', '--', 'info', sample, '--json'], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).counts.reclaim_parcels).toBeGreaterThan(0);
  });
});

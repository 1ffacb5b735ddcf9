// Code stored in a project must not run: a trigger planted with sqlite3 that would rewrite the ledger on the next
// import, and a view over an endless recursive query registered as a layer. The trigger is listed, not run, and
// no write is made until the user removes it (the sentence gives the SQL); the view no longer hangs `info`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'shared/cli/bin.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-planted-'));
const sample = path.join(dir, 'sample.gpkg');
const houses = path.join(dir, 'houses.geojson');

function landlink(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, timedOut: run.error !== undefined };
}

function sqlite(file: string, script: string): void {
  const run = spawnSync('python3', ['-c', 'import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.commit()', file, script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
}

beforeAll(() => {
  expect(landlink('sample', sample, '--seed', '7', '--parcels', '12').code).toBe(0);
  writeFileSync(houses, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'JF-PLANT-1', status: 'pending' }, geometry: { type: 'Point', coordinates: [114.5, 38.05] } }] }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('code planted in a project', () => {
  it('a trigger that would rewrite the ledger is reported, never runs, and the import writes nothing until it is removed', () => {
    const file = path.join(dir, 'trigger.gpkg');
    copyFileSync(sample, file);
    sqlite(file, `CREATE TRIGGER sneaky AFTER INSERT ON old_houses BEGIN
      UPDATE quota_transactions SET mu = mu * 100; DELETE FROM audit_log; UPDATE reclaim_parcels SET status = 'accepted'; END;`);
    const before = readFileSync(file);
    const refused = landlink('import', houses, '--into', file, '--as', 'old_houses');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/trigger “sneaky” on old_houses/);
    expect(refused.stderr).toMatch(/nothing was written; .*remove them with: sqlite3 .*DROP TRIGGER/);
    expect(readFileSync(file).equals(before)).toBe(true);

    // The removal the sentence gives, then the same import goes through and the trigger's effects never happened.
    const sql = /sqlite3 "[^"]+" "(.*)" and run/.exec(refused.stderr.split('\n').find((line) => line.includes('nothing was written'))!)![1]!.replace(/\\"/g, '"');
    sqlite(file, sql);
    const run = landlink('import', houses, '--into', file, '--as', 'old_houses');
    expect(run.code, run.stderr).toBe(0);
    const check = spawnSync('python3', ['-c', "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(c.execute(\"select count(*) from reclaim_parcels where status <> 'accepted'\").fetchone()[0], c.execute('select count(*) from audit_log').fetchone()[0])", file], { encoding: 'utf8' });
    const [notAccepted, audits] = check.stdout.trim().split(' ').map(Number);
    expect(notAccepted).toBeGreaterThan(0);
    expect(audits).toBeGreaterThan(0);
  });

  it('a view over an endless recursive query, registered as a layer, does not hang info', () => {
    const file = path.join(dir, 'view.gpkg');
    copyFileSync(sample, file);
    sqlite(file, `CREATE VIEW endless AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i AS fid FROM n;
      INSERT INTO gpkg_contents (table_name, data_type, identifier) VALUES ('endless', 'attributes', 'endless');`);
    const run = landlink('info', file);
    expect(run.timedOut).toBe(false);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/view “endless”/);
  });
});

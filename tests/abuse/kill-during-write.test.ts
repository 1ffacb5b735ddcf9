// `kill -9` while `landlink import` and `landlink merge` run, 50 randomised trials each: the project afterwards is
// always the old or the new version (real SQLite's integrity_check passes, and the change is wholly there or wholly
// absent), and after the next open no temp file, lock or journal is left beside it.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectGuarded } from '../../shared/node/project-file-guard';
import { unlockAllProjects } from '../../shared/node/project-lock';
import { CliWorker } from './cli-worker';

const TRIALS = Number(process.env.LANDLINK_KILL_TRIALS ?? 50);
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-kill-'));
const base = path.join(dir, 'base.gpkg');
const pkg = path.join(dir, 'field.gpkg');
const VILLAGE_QUERY = "select village from reclaim_parcels where village is not null and village <> '' group by village order by count(*) desc limit 1";

/** How long the command takes in a fresh worker, so the kills can be spread over its whole run. */
async function timeOf(args: (scratch: string) => string[], from: string): Promise<number> {
  const scratch = path.join(dir, 'scratch.gpkg');
  copyFileSync(from, scratch);
  const worker = await pool.take();
  const started = Date.now();
  const run = await worker.run(args(scratch));
  expect(run.code, run.stderr).toBe(0);
  worker.stop();
  return (Date.now() - started) * 1.3;
}

function sqlite(file: string, sql: string): string {
  const run = spawnSync('python3', ['-c', 'import sqlite3,sys,json; c=sqlite3.connect(sys.argv[1]); print(json.dumps(c.execute(sys.argv[2]).fetchall()))', file, sql], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

/** What is beside the project that should not be, once the next open has cleaned up. */
async function leftoversAfterNextOpen(project: string): Promise<string[]> {
  await readProjectGuarded(project, { program: 'test', lockWaitMs: 0 });
  unlockAllProjects();
  const name = path.basename(project);
  return readdirSync(dir).filter((entry) => entry.includes(name) && entry !== name && entry !== `${name}.bak`);
}

/** Workers start while earlier trials run, so a trial costs the command rather than a process start. */
class WorkerPool {
  private readonly waiting: CliWorker[] = [new CliWorker(), new CliWorker()];
  async take(): Promise<CliWorker> {
    const worker = this.waiting.shift()!;
    this.waiting.push(new CliWorker());
    await worker.ready;
    return worker;
  }
  stop(): void {
    for (const worker of this.waiting) worker.stop();
  }
}

async function killDuring(args: string[], spanMs: number): Promise<{ code: number | null; killedAfterMs: number }> {
  const worker = await pool.take();
  const killedAfterMs = Math.random() * spanMs;
  const done = worker.run(args);
  const finished = await Promise.race([done.then((run) => run.code), new Promise<null>((resolve) => setTimeout(() => resolve(null), killedAfterMs))]);
  const exited = new Promise((resolve) => worker.child.once('exit', resolve));
  worker.stop();
  await exited;
  return { code: finished, killedAfterMs };
}

const pool = new WorkerPool();

beforeAll(async () => {
  // (generous: on two shared cores, making the sample and the package takes a while)
  const worker = await pool.take();
  expect((await worker.run(['sample', base, '--seed', '6', '--parcels', '12'])).code).toBe(0);
  writeFileSync(path.join(dir, 'house-0.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'JF-K0', status: 'pending' }, geometry: { type: 'Point', coordinates: [114.5, 38.05] } }] }));
  const village = JSON.parse(sqlite(base, VILLAGE_QUERY))[0][0] as string;
  const made = await worker.run(['field-package', base, '--village', village, '--out', pkg]);
  expect(made.code, made.stderr).toBe(0);
  worker.stop();
  // The field edit: every parcel of the package marked accepted, as an inspector's laptop would send back.
  spawnSync('python3', ['-c', "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"update reclaim_parcels set status='accepted'\"); c.commit()", pkg]);
}, 240_000);
afterAll(() => {
  pool.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('kill -9 in the middle of a command that writes the project', () => {
  it(`import: ${TRIALS} trials, always the old or the new version, nothing stray after the next open`, { timeout: 600_000 }, async () => {
    const project = path.join(dir, 'import.gpkg');
    copyFileSync(base, project);
    let imported = 0;
    const seen = { old: 0, new: 0 };
    const span = await timeOf((scratch) => ['import', path.join(dir, 'house-0.geojson'), '--into', scratch, '--as', 'old_houses'], base);
    for (let trial = 0; trial < TRIALS; trial++) {
      const source = path.join(dir, `house-${trial}.geojson`);
      writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: `JF-K${trial}`, status: 'pending' }, geometry: { type: 'Point', coordinates: [114.5 + trial * 1e-4, 38.05] } }] }));
      await killDuring(['import', source, '--into', project, '--as', 'old_houses'], span);
      // One real-SQLite look per trial: integrity, and how many of the trials' houses are there.
      const [[check, count]] = JSON.parse(sqlite(project, "select (select integrity_check from pragma_integrity_check), (select count(*) from old_houses where code like 'JF-K%')")) as [[string, number]];
      expect(check).toBe('ok');
      expect([imported, imported + 1], `trial ${trial}`).toContain(count);
      if (count === imported + 1) seen.new++;
      else seen.old++;
      imported = count;
      expect(await leftoversAfterNextOpen(project)).toEqual([]);
    }
    console.log(`kill -9 during import: ${seen.old} left the old version, ${seen.new} the new one`);
  });

  it(`merge: ${TRIALS} trials, always the old or the new version, nothing stray after the next open`, { timeout: 600_000 }, async () => {
    const project = path.join(dir, 'merge.gpkg');
    const look = (file: string) => {
      const [[check, accepted, audits]] = JSON.parse(sqlite(file, "select (select integrity_check from pragma_integrity_check), (select count(*) from reclaim_parcels where status = 'accepted'), (select count(*) from audit_log)")) as [[string, number, number]];
      expect(check).toBe('ok');
      return { accepted, audits };
    };
    const old = look(base);
    let merged: { accepted: number; audits: number } | null = null;
    const seen = { old: 0, new: 0 };
    const span = await timeOf((scratch) => ['merge', scratch, pkg], base);
    for (let trial = 0; trial < TRIALS; trial++) {
      copyFileSync(base, project);
      rmSync(`${project}.bak`, { force: true });
      await killDuring(['merge', project, pkg], span);
      const now = look(project);
      if (now.accepted === old.accepted && now.audits === old.audits) seen.old++;
      else {
        merged ??= now;
        expect(now, `trial ${trial}: a partly merged project`).toEqual(merged);
        expect(now.accepted).toBeGreaterThan(old.accepted);
        seen.new++;
      }
      expect(await leftoversAfterNextOpen(project)).toEqual([]);
    }
    console.log(`kill -9 during merge: ${seen.old} left the old version, ${seen.new} the new one`);
  });
});

// Two `landlink import`s into one project at the same moment, 20 times: each is either serialised (the second
// waits for the first's lock and imports on top of its save) or refused with a sentence and exit 2, and no import
// that reported success is missing afterwards. Half the trials do not wait for the lock, to exercise the refusals.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliWorker } from './cli-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-writers-'));
const project = path.join(dir, 'county.gpkg');
const workers = [new CliWorker(), new CliWorker()];

function housesFile(code: string, index: number): string {
  const file = path.join(dir, `${code}.geojson`);
  const feature = { type: 'Feature', properties: { code, status: 'pending' }, geometry: { type: 'Point', coordinates: [114.5 + index * 1e-4, 38.05] } };
  writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [feature] }));
  return file;
}

function codesInProject(): Set<string> {
  const run = spawnSync('python3', ['-c', 'import sqlite3,sys; print("\\n".join(r[0] for r in sqlite3.connect(sys.argv[1]).execute("select code from old_houses")))', project], { encoding: 'utf8' });
  return new Set(run.stdout.trim().split('\n'));
}

beforeAll(async () => {
  await Promise.all(workers.map((worker) => worker.ready));
  const made = await workers[0]!.run(['sample', project, '--seed', '4', '--parcels', '10']);
  expect(made.code, made.stderr).toBe(0);
});
afterAll(() => {
  for (const worker of workers) worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two writers at once', () => {
  it('20 trials: every import is serialised or refused with exit 2, none that succeeded is lost', async () => {
    const figures = { serialised: 0, refused: 0 };
    const succeeded: string[] = [];
    for (let trial = 0; trial < 20; trial++) {
      const env = { LANDLINK_LOCK_WAIT_MS: trial % 2 === 0 ? '20000' : '0' };
      const codes = [`JF-W${trial}-A`, `JF-W${trial}-B`];
      const runs = await Promise.all(workers.map((worker, i) => worker.run(['import', housesFile(codes[i]!, trial * 2 + i), '--into', project, '--as', 'old_houses'], env)));
      runs.forEach((run, i) => {
        if (run.code === 0) {
          succeeded.push(codes[i]!);
          return;
        }
        expect(run.code, run.stderr).toBe(2);
        expect(run.stderr).toMatch(/being changed by|changed by another program after Landlink read it/);
        figures.refused++;
      });
      if (runs.every((run) => run.code === 0)) figures.serialised++;
      const present = codesInProject();
      for (const code of succeeded) expect(present.has(code), `trial ${trial}: ${code} reported success but is missing`).toBe(true);
    }
    console.log(`concurrent writers: ${figures.serialised} trials serialised, ${figures.refused} imports refused, ${succeeded.length} imports kept`);
    // Waiting trials always serialise; no lock or temp file stays behind.
    expect(figures.serialised).toBeGreaterThanOrEqual(10);
    expect(readdirSync(dir).filter((name) => name.endsWith('.lock') || name.endsWith('.tmp'))).toEqual([]);
  });
});

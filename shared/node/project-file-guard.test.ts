// The project file while other programs use it: a WAL log left by Python's sqlite3 (the lost save), a
// program that still holds the file, a hot rollback journal, a change made between read and save, and the lock.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, copyFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readProjectGuarded, saveProjectGuarded } from './project-file-guard';
import { lockFileOf, unlockAllProjects } from './project-lock';

const repoRoot = path.resolve(__dirname, '../..');
const bin = path.join(repoRoot, 'shared/cli/bin.mjs');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-guard-'));
const sample = path.join(dir, 'sample.gpkg');
const houses = path.join(dir, 'houses.geojson');

function landlink(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function python(script: string, ...args: string[]): string {
  const run = spawnSync('python3', ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stdout.trim();
}

const COUNT_AND_CHECK = `
import sqlite3, sys, json
c = sqlite3.connect(sys.argv[1])
print(json.dumps({"filed": c.execute("select count(*) from reclaim_parcels where status = 'filed'").fetchone()[0],
  "parcels": c.execute("select count(*) from reclaim_parcels").fetchone()[0],
  "house": c.execute("select count(*) from old_houses where code = 'JF-GUARD-1'").fetchone()[0],
  "check": c.execute("pragma integrity_check").fetchone()[0]}))`;

function copyOfSample(name: string): string {
  const file = path.join(dir, name);
  copyFileSync(sample, file);
  return file;
}

beforeAll(() => {
  const run = landlink(['sample', sample, '--seed', '3', '--parcels', '20']);
  expect(run.code, run.stderr).toBe(0);
  writeFileSync(houses, JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'JF-GUARD-1', status: 'pending' }, geometry: { type: 'Point', coordinates: [114.5, 38.05] } }] }));
});
afterAll(() => {
  unlockAllProjects();
  rmSync(dir, { recursive: true, force: true });
});

describe('a project another program has used', () => {
  it('a WAL log left by Python is applied before reading, and the import on top of it survives the next SQLite open', () => {
    const file = copyOfSample('wal.gpkg');
    // Python in WAL mode, exiting without the checkpoint its close would make: the change lives only in -wal.
    python(`import sqlite3, os, sys
c = sqlite3.connect(sys.argv[1]); c.execute("pragma journal_mode=wal")
c.execute("update reclaim_parcels set status = 'filed'"); c.commit(); os._exit(0)`, file);
    expect(existsSync(`${file}-wal`)).toBe(true);
    const run = landlink(['import', houses, '--into', file, '--as', 'old_houses']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/wal/);
    expect(existsSync(`${file}-wal`)).toBe(false);
    // Real SQLite now sees both Python's change and the import: nothing replayed the old log over the save.
    const seen = JSON.parse(python(COUNT_AND_CHECK, file));
    expect(seen).toEqual({ filed: seen.parcels, parcels: 20, house: 1, check: 'ok' });
  });

  it('a program that still has the file open in WAL mode makes the import refuse with a sentence and exit 2', async () => {
    const file = copyOfSample('held.gpkg');
    const holder: ChildProcess = spawn('python3', ['-c', `import sqlite3, sys, time
c = sqlite3.connect(sys.argv[1]); c.execute("pragma journal_mode=wal"); c.execute("update reclaim_parcels set status = 'filed'"); c.commit()
c.execute("select count(*) from reclaim_parcels").fetchone(); print("ready", flush=True); time.sleep(60)`, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      await new Promise<void>((resolve) => holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve()));
      const before = readFileSync(file);
      const run = landlink(['import', houses, '--into', file, '--as', 'old_houses']);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/open in another program \(process \d+\).*close/);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(lockFileOf(file))).toBe(false);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('a hot rollback journal is refused, saying how to let SQLite roll it back', () => {
    const file = copyOfSample('journal.gpkg');
    writeFileSync(`${file}-journal`, new Uint8Array(4096).fill(7));
    const run = landlink(['info', file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/rollback journal.*sqlite3 .*PRAGMA integrity_check/);
  });

  it('a change made by another program between read and save is not overwritten', async () => {
    const file = copyOfSample('changed.gpkg');
    const read = await readProjectGuarded(file, { program: 'test' });
    writeFileSync(file, readFileSync(sample)); // same bytes, another inode and mtime: someone saved meanwhile
    expect(() => saveProjectGuarded(file, read.bytes, { program: 'test', expected: read.identity })).toThrow(/changed by another program after Landlink read it/);
    unlockAllProjects();
  });

  it('a live lock refuses the save; a lock whose process is gone is taken over', () => {
    const file = copyOfSample('locked.gpkg');
    const live = { pid: process.ppid, host: hostname(), program: 'landlink import', since: new Date().toISOString() };
    writeFileSync(lockFileOf(file), JSON.stringify(live));
    const refused = landlink(['import', houses, '--into', file, '--as', 'old_houses'], { LANDLINK_LOCK_WAIT_MS: '300' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/being changed by landlink import \(process \d+ on .*delete “locked\.gpkg\.lock”/);
    expect(readFileSync(file).equals(readFileSync(sample))).toBe(true);

    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(lockFileOf(file), JSON.stringify({ ...live, pid: Number(dead.stdout) }));
    const old = new Date(Date.now() - 5000);
    utimesSync(lockFileOf(file), old, old);
    const taken = landlink(['import', houses, '--into', file, '--as', 'old_houses']);
    expect(taken.code, taken.stderr).toBe(0);
    expect(existsSync(lockFileOf(file))).toBe(false);
  });
});

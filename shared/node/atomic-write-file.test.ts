import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { exportProject, insertFeatures, openProject } from '../project/index';
import { atomicWriteFile } from './atomic-write-file';
import { saveTempName } from './save-temp-name';
import { removeStraySaveFiles } from './stray-save-files';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const repoRoot = path.resolve(__dirname, '../..');

describe('atomicWriteFile', () => {
  it('writes the file and keeps the previous version as .bak', () => {
    const file = path.join(dir, 'plain.gpkg');
    expect(atomicWriteFile(file, new Uint8Array([1, 2, 3])).backup).toBeUndefined();
    expect(existsSync(`${file}.bak`)).toBe(false);
    const result = atomicWriteFile(file, new Uint8Array([4, 5]));
    expect(result.backup).toBe(`${file}.bak`);
    expect([...readFileSync(file)]).toEqual([4, 5]);
    expect([...readFileSync(`${file}.bak`)]).toEqual([1, 2, 3]);
    atomicWriteFile(file, new Uint8Array([6]));
    expect([...readFileSync(`${file}.bak`)]).toEqual([4, 5]);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves no temp file and the old version in place when the write fails', () => {
    const file = path.join(dir, 'missing-folder', 'x.gpkg');
    expect(() => atomicWriteFile(file, new Uint8Array([1]))).toThrow();
    // A folder where the file should be: the save fails before anything is replaced.
    const folder = path.join(dir, 'a-folder.gpkg');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'inside.txt'), 'kept');
    expect(() => atomicWriteFile(folder, new Uint8Array([1]))).toThrow();
    expect(readFileSync(path.join(folder, 'inside.txt'), 'utf8')).toBe('kept');
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('kill -9 in the middle of saving, 50 times, always leaves a project that opens and is the old or the new version', async () => {
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, { seed: 21 });
    const oldVersion = exportProject(db);
    insertFeatures(db, 'old_houses', [{ properties: { code: 'JF-KILL', status: 'pending' }, geometry: { type: 'Point', coordinates: [114, 38.8] } }]);
    const newVersion = exportProject(db);
    db.close();
    const oldFile = path.join(dir, 'old-version.bin');
    const newFile = path.join(dir, 'new-version.bin');
    writeFileSync(oldFile, oldVersion);
    writeFileSync(newFile, newVersion);
    const target = path.join(dir, 'crash.gpkg');
    // The project exists before the first save, as it does when staff press Ctrl+S: so every save keeps a .bak, even
    // one killed right after the child's first save (which happens before it says "ready").
    writeFileSync(target, oldVersion);
    const child = path.join(__dirname, 'atomic-write-crash-child.ts');
    const seen = { old: 0, new: 0 };

    for (let round = 0; round < 50; round++) {
      const process_ = spawn(process.execPath, ['--import', 'tsx', child, target, oldFile, newFile], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        process_.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        process_.on('exit', (code) => reject(new Error(`the saving process ended early (${code})`)));
      });
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
      const exited = new Promise((resolve) => process_.on('exit', resolve));
      process_.kill('SIGKILL');
      await exited;

      const bytes = new Uint8Array(readFileSync(target));
      const isOld = Buffer.from(bytes).equals(Buffer.from(oldVersion));
      const isNew = Buffer.from(bytes).equals(Buffer.from(newVersion));
      expect(isOld || isNew, `round ${round}: the file is neither version (${bytes.length} bytes)`).toBe(true);
      seen[isOld ? 'old' : 'new']++;
      if (round % 10 === 0) openProject(SQL, bytes).db.close();
      const backup = Buffer.from(readFileSync(`${target}.bak`));
      expect(backup.equals(Buffer.from(oldVersion)) || backup.equals(Buffer.from(newVersion))).toBe(true);
      // The next open removes whatever the killed save left half-written.
      removeStraySaveFiles(target);
      expect(readdirSync(dir).filter((name) => name.startsWith('.crash.gpkg'))).toEqual([]);
    }
    // Both outcomes occur: the kills really land while saves are under way.
    expect(seen.old + seen.new).toBe(50);
  }, 240_000);

  it('keeps the mode the user set (600 for a project holding household names)', () => {
    const file = path.join(dir, 'private.gpkg');
    writeFileSync(file, 'v1');
    chmodSync(file, 0o600);
    atomicWriteFile(file, new TextEncoder().encode('v2'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toBe('v2');
  });

  it('saving through a symlink writes its target and leaves the link a link', () => {
    const realFolder = path.join(dir, 'real');
    mkdirSync(realFolder);
    const real = path.join(realFolder, 'county.gpkg');
    writeFileSync(real, 'v1');
    const link = path.join(dir, 'county-link.gpkg');
    symlinkSync(real, link);
    const result = atomicWriteFile(link, new TextEncoder().encode('v2'));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('v2');
    expect(result.backup).toBe(`${real}.bak`);
  });

  it('the temp file a killed save left is found and removed at the next open, and a live process’s is left alone', () => {
    const file = path.join(dir, 'stray.gpkg');
    writeFileSync(file, 'v1');
    const dead = spawnSyncPid();
    const strayName = saveTempName('stray.gpkg').replace(`-${process.pid}-`, `-${dead}-`);
    const strayBackup = saveTempName('stray.gpkg.bak').replace(`-${process.pid}-`, `-${dead}-`);
    const live = saveTempName('stray.gpkg').replace(`-${process.pid}-`, `-${process.ppid}-`);
    for (const name of [strayName, strayBackup, live]) writeFileSync(path.join(dir, name), 'partial');
    expect(removeStraySaveFiles(file).sort()).toEqual([strayName, strayBackup].sort());
    expect(existsSync(path.join(dir, live))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('v1');
  });
});

/** The pid of a process that has already exited. */
function spawnSyncPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

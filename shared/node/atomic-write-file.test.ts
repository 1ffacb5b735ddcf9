import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../sample-data/build-sample-project';
import { exportProject, insertFeatures, openProject } from '../project/index';
import { atomicWriteFile } from './atomic-write-file';

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
    }
    // Both outcomes occur: the kills really land while saves are under way.
    expect(seen.old + seen.new).toBe(50);
  }, 240_000);
});

// One error path: bad input ends in one sentence and exit 2, and the sentence never echoes control bytes from a
// file or a path to the terminal.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'landlink-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function landlink(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(repoRoot, 'shared/cli/bin.mjs'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stderr: run.stderr };
}

describe('bad input ends in one sentence', () => {
  it('a path with terminal escape codes is named without them', () => {
    const run = landlink('info', path.join(dir, 'county\u001b]0;pwned\u0007\u001b[31m.gpkg'));
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(run.stderr).toMatch(/does not exist/);
  });

  it('a binary file given as a project is refused with exit 2 and no control bytes', () => {
    const file = path.join(dir, 'binary.gpkg');
    writeFileSync(file, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7) % 32));
    const run = landlink('info', file);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

// The Electron bundles are what a sandboxed window can load: the preload is CommonJS that requires only `electron`,
// and the main process needs nothing from node_modules but Electron and Node's own modules.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function requiredModules(code: string): string[] {
  return [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]!);
}

describe('electron bundles', () => {
  it('builds a CommonJS preload that needs only electron, and a self-contained main', () => {
    execFileSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--config', 'electron/electron.vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'pipe' });
    const preload = readFileSync(path.join(root, 'out/preload/index.cjs'), 'utf8');
    expect(requiredModules(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*import\s/m);
    expect(preload).toMatch(/exposeInMainWorld\("landlink"/);
    const main = readFileSync(path.join(root, 'out/main/index.cjs'), 'utf8');
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requiredModules(main).filter((m) => !allowed.has(m))).toEqual([]);
    for (const setting of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true']) expect(main).toContain(setting);
  }, 120_000);
});

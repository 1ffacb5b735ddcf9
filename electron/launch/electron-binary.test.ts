import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';

describe('finding the Electron runtime', () => {
  it('reports it missing when the package has no dist', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electron-pkg-'));
    expect(findElectronBinary(dir, {})).toBeNull();
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir, {})).toBeNull();
  });
  it('finds it once dist holds the binary named by path.txt', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electron-pkg-'));
    writeFileSync(path.join(dir, 'path.txt'), 'electron');
    mkdirSync(path.join(dir, 'dist'));
    writeFileSync(path.join(dir, 'dist', 'electron'), '');
    expect(findElectronBinary(dir, {})).toBe(path.join(dir, 'dist', 'electron'));
  });
  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'electron-override-'));
    writeFileSync(path.join(dir, 'electron'), '');
    expect(findElectronBinary(path.join(dir, 'nothing'), { ELECTRON_OVERRIDE_DIST_PATH: dir })).toBe(path.join(dir, 'electron'));
  });
  it('explains what to do in one paragraph', () => {
    expect(MISSING_ELECTRON_MESSAGE).toMatch(/npx install-electron/);
    expect(MISSING_ELECTRON_MESSAGE).toMatch(/browser/);
  });
});

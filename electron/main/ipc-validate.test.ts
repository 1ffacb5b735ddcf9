import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { IpcArgumentError, requireAbsolutePath, requireBytes, requireFileFilters, requireFileName, requireRange, requireString } from './ipc-validate';
import { PathGrants } from './path-grants';

describe('IPC argument validation', () => {
  it('accepts plain file names and refuses folders and traversal', () => {
    expect(requireFileName('示例县.gpkg', 'name')).toBe('示例县.gpkg');
    for (const bad of ['../x.gpkg', 'a/b.gpkg', 'a\\b.gpkg', '..', '.', '', 'x'.repeat(256), 'a\0b', 42, null]) {
      expect(() => requireFileName(bad, 'name')).toThrow(IpcArgumentError);
    }
  });

  it('requires absolute paths and normalises them', () => {
    const abs = path.resolve('/tmp/a/../b.gpkg');
    expect(requireAbsolutePath('/tmp/a/../b.gpkg', 'p')).toBe(abs);
    expect(() => requireAbsolutePath('relative/b.gpkg', 'p')).toThrow(/absolute/);
  });

  it('checks bytes are a Uint8Array within the size limit', () => {
    expect(requireBytes(new Uint8Array(4), 'b', 4)).toHaveLength(4);
    expect(() => requireBytes(new Uint8Array(5), 'b', 4)).toThrow(/limit/);
    expect(() => requireBytes([1, 2, 3], 'b')).toThrow(/Uint8Array/);
    expect(() => requireBytes('abc', 'b')).toThrow(IpcArgumentError);
  });

  it('bounds byte-range reads', () => {
    expect(requireRange(0, 1024)).toEqual({ offset: 0, length: 1024 });
    expect(() => requireRange(-1, 10)).toThrow();
    expect(() => requireRange(0, 0)).toThrow();
    expect(() => requireRange(0, 65 * 1024 * 1024)).toThrow();
    expect(() => requireRange(1.5, 10)).toThrow();
  });

  it('validates dialog filters', () => {
    expect(requireFileFilters([{ name: 'Shapefile', extensions: ['shp', 'dbf', 'zip'] }])).toEqual([{ name: 'Shapefile', extensions: ['shp', 'dbf', 'zip'] }]);
    expect(() => requireFileFilters([{ name: 'x', extensions: ['../etc'] }])).toThrow();
    expect(() => requireFileFilters('gpkg')).toThrow();
    expect(() => requireFileFilters([{ name: 'x' }])).toThrow();
  });

  it('refuses strings that are empty, too long or contain NUL', () => {
    expect(() => requireString('', 's')).toThrow();
    expect(() => requireString('a'.repeat(5000), 's')).toThrow();
    expect(() => requireString('a\0', 's')).toThrow();
  });
});

describe('path grants', () => {
  it('lets the renderer name only paths the user chose', () => {
    const grants = new PathGrants();
    const chosen = path.resolve('/data/county.gpkg');
    expect(() => grants.require(chosen, 'The project')).toThrow(/not chosen by the user/);
    grants.grant('/data/./county.gpkg');
    expect(grants.require(chosen, 'The project')).toBe(chosen);
    expect(() => grants.require(path.resolve('/data/other.gpkg'), 'The project')).toThrow();
    grants.revoke(chosen);
    expect(grants.has(chosen)).toBe(false);
  });
});

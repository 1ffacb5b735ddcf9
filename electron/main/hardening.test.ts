// The hardening a packaged Landlink relies on: no DevTools in its menu, camera-only media, the exact app origin,
// saves only to paths granted for writing, and the fuses electron-builder flips at packaging.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate } from './menu-template';
import { PathGrants } from './path-grants';
import { isPermissionAllowed, isTrustedOrigin } from './permissions';

const roles = (template: ReturnType<typeof buildMenuTemplate>) => template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : [])).map((item) => item.role);

describe('Electron hardening', () => {
  it('DevTools is in the menu of a development build only', () => {
    expect(roles(buildMenuTemplate({ language: 'en', recentFiles: [], send: () => undefined }))).not.toContain('toggleDevTools');
    expect(roles(buildMenuTemplate({ language: 'en', recentFiles: [], developer: true, send: () => undefined }))).toContain('toggleDevTools');
  });

  it('media is granted for the camera only, never the microphone', () => {
    const origin = 'app://landlink/index.html';
    expect(isPermissionAllowed('media', origin, ['video'])).toBe(true);
    expect(isPermissionAllowed('media', origin, ['audio'])).toBe(false);
    expect(isPermissionAllowed('media', origin, ['video', 'audio'])).toBe(false);
    expect(isPermissionAllowed('media', origin, [])).toBe(false);
  });

  it('only the exact app origin is trusted, not a look-alike that starts the same', () => {
    expect(isTrustedOrigin('app://landlink')).toBe(true);
    expect(isTrustedOrigin('app://landlink/index.html')).toBe(true);
    for (const lookalike of ['app://landlink.evil.cn', 'app://landlinkx', 'app://landlink@evil', 'app://landlink:8080', 'app://user@landlink', 'https://landlink', 'app://landlink-2']) {
      expect(isTrustedOrigin(lookalike), lookalike).toBe(false);
    }
  });

  it('a basemap granted for viewing cannot be overwritten as a project', () => {
    const grants = new PathGrants();
    grants.grant('/data/basemap.gpkg');
    grants.grant('/data/county.gpkg', 'write');
    expect(grants.requireWritable('/data/county.gpkg', 'The project path')).toBe('/data/county.gpkg');
    expect(() => grants.requireWritable('/data/basemap.gpkg', 'The project path')).toThrow(/viewing only/);
    expect(() => grants.requireWritable('/data/other.gpkg', 'The project path')).toThrow(/not chosen by the user/);
  });

  it('the packaged app has its fuses set (no run-as-node, no NODE_OPTIONS or inspect, ASAR only and checked, cookies encrypted)', () => {
    // The electronFuses block of electron-builder.yml: its indented `key: true|false` lines.
    const text = readFileSync(path.resolve(__dirname, '../../electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?: {2}\w+: (?:true|false)\n?)+)/m.exec(text)?.[1] ?? '';
    const fuses = Object.fromEntries([...block.matchAll(/(\w+): (true|false)/g)].map((m) => [m[1], m[2] === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });
});

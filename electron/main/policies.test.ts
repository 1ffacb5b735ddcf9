import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { isDevicePermissionAllowed, isPermissionAllowed } from './permissions';
import { isAppUrl } from './navigation-policy';
import { resolveAppAsset, resolveRendererPath, mimeTypeFor } from './app-asset-path';
import { projectPathFromArgv } from './project-file-argument';

describe('permissions', () => {
  it('grants only serial and camera to the app origin', () => {
    expect(isPermissionAllowed('serial', 'app://landlink/index.html')).toBe(true);
    expect(isPermissionAllowed('media', 'app://landlink/index.html', ['video'])).toBe(true);
    for (const denied of ['geolocation', 'notifications', 'midi', 'openExternal', 'pointerLock', 'fullscreen']) {
      expect(isPermissionAllowed(denied, 'app://landlink/index.html')).toBe(false);
    }
    expect(isPermissionAllowed('serial', 'https://example.org/')).toBe(false);
    expect(isDevicePermissionAllowed('serial', 'app://landlink')).toBe(true);
    expect(isDevicePermissionAllowed('usb', 'app://landlink')).toBe(false);
    expect(isDevicePermissionAllowed('hid', 'app://landlink')).toBe(false);
  });
});

describe('navigation', () => {
  it('stays on app://landlink', () => {
    expect(isAppUrl('app://landlink/index.html')).toBe(true);
    expect(isAppUrl('app://landlink/assets/x.js')).toBe(true);
    expect(isAppUrl('https://landlink/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('app:// asset paths', () => {
  const root = path.resolve('/opt/landlink/out/renderer');
  it('maps URLs inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://landlink/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://landlink/assets/main.js')).toBe(path.join(root, 'assets/main.js'));
    expect(resolveAppAsset(root, 'app://landlink/assets/%E4%B8%AD.woff2')).toBe(path.join(root, 'assets/中.woff2'));
  });
  it('refuses anything that escapes it', () => {
    // URL parsing already folds '..' at the root, so the result stays inside the renderer folder.
    expect(resolveAppAsset(root, 'app://landlink/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveRendererPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveRendererPath(root, '/..%5c..%5cwindows')).toBeNull();
    expect(resolveRendererPath(root, '/a%00b')).toBeNull();
    expect(resolveRendererPath(root, '/%E0%A4%A')).toBeNull();
    expect(resolveAppAsset(root, 'app://elsewhere/index.html')).toBeNull();
  });
  it('serves the types the renderer needs', () => {
    expect(mimeTypeFor('x.wasm')).toBe('application/wasm');
    expect(mimeTypeFor('x.mjs')).toMatch(/javascript/);
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});

describe('project file from the command line', () => {
  it('finds the .gpkg a file association passes', () => {
    expect(projectPathFromArgv(['/usr/bin/landlink', '--no-sandbox', 'county.gpkg'], '/home/u')).toBe(path.resolve('/home/u/county.gpkg'));
    expect(projectPathFromArgv(['electron', '.', '/data/县.GPKG'], '/')).toBe('/data/县.GPKG');
    expect(projectPathFromArgv(['electron', '.'], '/')).toBeNull();
  });
});

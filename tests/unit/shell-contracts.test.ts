// Contracts between the parts of the shell that live in different layers.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/content-security-policy';
import { APPLICATION_MENU } from '../../shared/app/menu-spec';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { matchesShortcut, formatShortcut } from '../../renderer/src/actions/shortcuts';
import { roundScale, scaleDenominator } from '../../renderer/src/map/map-scale';
import zhCN from '../../renderer/src/locales/zh-CN.json';
import en from '../../renderer/src/locales/en.json';

const actionsDir = new URL('../../renderer/src/actions/', import.meta.url);
/** Action ids declared by the action files (the registry finds the same files with import.meta.glob). */
const actionIds = new Set(
  readdirSync(actionsDir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .flatMap((f) => [...readFileSync(new URL(f, actionsDir), 'utf8').matchAll(/^\s*id: '([^']+)'/gm)].map((m) => m[1]!)),
);

describe('content security policy', () => {
  it('index.html carries the same policy as the app:// protocol and the web server', () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a <meta> policy, so it is only sent as a header.
    expect(meta).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
  it('allows nothing from the network', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'/);
  });
});

describe('menu and actions', () => {
  it('every menu item runs an action that exists, or an Electron role', () => {
    const ids = APPLICATION_MENU.flatMap((m) => m.items.map((i) => i.id)).filter((id) => !id.startsWith('role:') && id !== 'project.openRecent');
    expect(actionIds.size).toBeGreaterThan(10);
    for (const id of ids) expect(actionIds, id).toContain(id);
  });
  it('menus have Chinese and English labels and the usual shortcuts', () => {
    const items = APPLICATION_MENU.flatMap((m) => m.items);
    for (const item of items) {
      expect(item.label['zh-CN']).toMatch(/[\u4e00-\u9fff]|English/);
      expect(item.label.en).toMatch(/[A-Za-z]|中文/);
    }
    const accel = Object.fromEntries(items.map((i) => [i.id, i.accelerator]));
    expect(accel).toMatchObject({ 'project.new': 'CmdOrCtrl+N', 'project.open': 'CmdOrCtrl+O', 'project.save': 'CmdOrCtrl+S', 'project.saveAs': 'CmdOrCtrl+Shift+S', 'edit.undo': 'CmdOrCtrl+Z', 'edit.redo': 'CmdOrCtrl+Y', 'role:quit': 'CmdOrCtrl+Q' });
    expect(APPLICATION_MENU.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'field', 'help']);
  });
  it('the IPC allow-list is closed', () => {
    expect(new Set(INVOKE_CHANNELS).size).toBe(INVOKE_CHANNELS.length);
    for (const channel of INVOKE_CHANNELS) expect(channel).toMatch(/^host:[a-zA-Z]+$/);
  });
});

describe('locales', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k)) : [prefix];
  it('Chinese and English have the same keys, in every locale folder', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    const localesDir = fileURLToPath(new URL('../../renderer/src/locales/', import.meta.url));
    for (const entry of readdirSync(localesDir, { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const read = (lang: string): unknown => JSON.parse(readFileSync(path.join(localesDir, entry.name, `${lang}.json`), 'utf8'));
      expect(keys(read('en')).sort(), entry.name).toEqual(keys(read('zh-CN')).sort());
    }
  });
});

describe('shortcuts', () => {
  const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });
  it('matches Mod as Ctrl on Windows/Linux and Cmd on macOS', () => {
    expect(matchesShortcut(key('k', { ctrlKey: true }), 'Mod+K', false)).toBe(true);
    expect(matchesShortcut(key('K', { ctrlKey: true, shiftKey: true }), 'Mod+K', false)).toBe(false);
    expect(matchesShortcut(key('P', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+P', false)).toBe(true);
    expect(matchesShortcut(key('k', { metaKey: true }), 'Mod+K', true)).toBe(true);
    expect(matchesShortcut(key('k', { metaKey: true }), 'Mod+K', false)).toBe(false);
    expect(matchesShortcut(key('k'), 'Mod+K', false)).toBe(false);
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⌘⇧S');
  });
});

describe('map scale', () => {
  it('gives 1:N at 96 DPI for the zoom and latitude', () => {
    // At zoom 0 and the equator one 512-px tile spans the world: 78,271.5 m per pixel.
    expect(scaleDenominator(0, 0)).toBeCloseTo(78271.517 / (0.0254 / 96), -2);
    expect(scaleDenominator(10, 60)).toBeCloseTo(scaleDenominator(10, 0) / 2, 3);
    expect(roundScale(24871)).toBe(25000);
    expect(roundScale(1234567)).toBe(1200000);
  });
});

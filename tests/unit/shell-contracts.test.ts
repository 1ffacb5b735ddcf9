// Contracts between the parts of the shell that live in different layers.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/content-security-policy';
import { APPLICATION_MENU } from '../../shared/app/menu-spec';
import { ACTION_CATALOG, toAccelerator } from '../../shared/app/action-catalog';
import { defineAction } from '../../renderer/src/actions/action';
import { bundledMessages } from '../../renderer/src/i18n/i18n';
import { INVOKE_CHANNELS } from '../../shared/ipc/channels';
import { matchesShortcut, formatShortcut, pageShortcuts } from '../../renderer/src/actions/shortcuts';
import { roundScale, scaleDenominator } from '../../renderer/src/map/map-scale';
import zhCN from '../../renderer/src/locales/zh-CN.json';
import en from '../../renderer/src/locales/en.json';

const actionsDir = new URL('../../renderer/src/actions/', import.meta.url);
const actionFiles = readdirSync(actionsDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !['action.ts', 'registry.ts', 'run-action.ts', 'shortcuts.ts'].includes(f));
/** Action ids declared by the action files (the registry finds the same files with import.meta.glob). */
const actionIds = new Set(actionFiles.flatMap((f) => [...readFileSync(new URL(f, actionsDir), 'utf8').matchAll(/defineAction\('([^']+)'/g)].map((m) => m[1]!)));

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
  it('each action file is one catalog entry, and each catalog command has its file', () => {
    expect(actionIds.size).toBe(actionFiles.length);
    const commands = ACTION_CATALOG.filter((spec) => !spec.menuOnly).map((spec) => spec.id);
    expect([...actionIds].sort()).toEqual([...commands].sort());
    for (const file of actionFiles) expect(readFileSync(new URL(file, actionsDir), 'utf8'), file).not.toMatch(/labelKey|shortcuts:|'zh-CN':/);
  });
  it('the menu, the palette and the shortcuts show the same label and keys for each command', () => {
    const zhActions = bundledMessages('zh-CN').actions as Record<string, Record<string, string>>;
    const enActions = bundledMessages('en').actions as Record<string, Record<string, string>>;
    const menuItems = new Map(APPLICATION_MENU.flatMap((m) => m.items).map((item) => [item.id, item]));
    for (const id of actionIds) {
      const action = defineAction(id, { perform: () => undefined });
      const [group, name] = id.split('.') as [string, string];
      // The palette shows action.label; other screens name the command through i18n's actions.<id>.
      expect(zhActions[group]?.[name], id).toBe(action.label['zh-CN']);
      expect(enActions[group]?.[name], id).toBe(action.label.en);
      const item = menuItems.get(id);
      if (!item) continue;
      expect(item.label, id).toEqual(action.label);
      expect(item.accelerator, id).toBe(action.shortcuts[0] ? toAccelerator(action.shortcuts[0]) : undefined);
      expect(action.menuShortcut, id).toBe(action.shortcuts[0]);
    }
    // The palette once said 打开项目… where the menu said 打开…: both now read the one catalog entry.
    expect(defineAction('project.open', { perform: () => undefined }).label).toEqual(menuItems.get('project.open')?.label);
  });
  it('no locale file keeps its own copy of a command label', () => {
    const localesDir = fileURLToPath(new URL('../../renderer/src/locales/', import.meta.url));
    const files = [path.join(localesDir, 'zh-CN.json'), path.join(localesDir, 'en.json'), ...readdirSync(localesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).flatMap((e) => ['zh-CN.json', 'en.json'].map((l) => path.join(localesDir, e.name, l)))];
    for (const file of files) expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object), file).not.toContain('actions');
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
  it('leaves to the Electron menu only the shortcut it shows, and every shortcut to the page in the browser', () => {
    const redo = defineAction('edit.redo', { perform: () => undefined });
    expect(pageShortcuts(redo, 'browser')).toEqual(['Mod+Y', 'Mod+Shift+Z']);
    expect(pageShortcuts(redo, 'electron')).toEqual(['Mod+Shift+Z']);
    const table = defineAction('table.toggle', { perform: () => undefined });
    expect(pageShortcuts(table, 'electron')).toEqual(['Mod+T', 'F6']);
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

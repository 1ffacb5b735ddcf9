import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/host/host';
import { buildMenuTemplate } from './menu-template';

const items = (menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] => (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');

describe('application menu', () => {
  it('is in Chinese by default and in English on request, with the usual shortcuts', () => {
    const zh = buildMenuTemplate({ language: 'zh-CN', recentFiles: [], send: () => undefined });
    expect(zh.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '外业(&I)', '帮助(&H)']);
    const file = items(zh[0]!);
    expect(file.map((i) => i.label)).toEqual(['新建项目', '打开…', '最近打开', '保存', '另存为…', '导入…', '导出…', '打印…', '退出']);
    expect(file.find((i) => i.label === '保存')?.accelerator).toBe('CmdOrCtrl+S');
    expect(file.find((i) => i.label === '退出')?.role).toBe('quit');
    const en = buildMenuTemplate({ language: 'en', recentFiles: [], send: () => undefined });
    expect(items(en[0]!).map((i) => i.label)).toContain('Save As…');
    expect(items(en[1]!).map((i) => [i.label, i.accelerator])).toEqual([
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Y'],
    ]);
  });

  it('sends the action id of a clicked item to the renderer', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ language: 'zh-CN', recentFiles: [], send: (c) => sent.push(c) });
    const save = items(template[0]!).find((i) => i.label === '保存')!;
    (save.click as () => void)();
    expect(sent).toEqual([{ actionId: 'project.save' }]);
  });

  it('lists recent files under Open Recent and opens the one clicked', () => {
    const sent: MenuCommand[] = [];
    const template = buildMenuTemplate({ language: 'en', recentFiles: [{ handle: '/data/县.gpkg', name: '县.gpkg', openedAt: '2026-11-01T00:00:00Z' }], send: (c) => sent.push(c) });
    const recent = items(template[0]!).find((i) => i.label === 'Open Recent')!;
    const entries = recent.submenu as MenuItemConstructorOptions[];
    expect(entries.map((e) => e.label)).toEqual(['县.gpkg']);
    (entries[0]!.click as () => void)();
    expect(sent).toEqual([{ actionId: 'project.openRecent', argument: '/data/县.gpkg' }]);
    const empty = buildMenuTemplate({ language: 'zh-CN', recentFiles: [], send: () => undefined });
    expect((items(empty[0]!).find((i) => i.label === '最近打开')!.submenu as MenuItemConstructorOptions[])[0]).toMatchObject({ label: '（无）', enabled: false });
  });
});

// The native menu's template, built from shared/app/menu-spec.ts in the current language. Pure (types only from
// Electron), so it is tested without the Electron runtime.
import type { MenuItemConstructorOptions } from 'electron';
import { APPLICATION_MENU, type Language, type MenuItemSpec } from '../../shared/app/menu-spec';
import type { MenuCommand, RecentFile } from '../../shared/host/host';

export interface MenuContext {
  readonly language: Language;
  readonly recentFiles: readonly RecentFile[];
  /** Development builds only (not packaged): the DevTools item is left out of a packaged app's menu. */
  readonly developer?: boolean;
  send(command: MenuCommand): void;
}

function itemTemplate(item: MenuItemSpec, context: MenuContext): MenuItemConstructorOptions {
  const label = item.label[context.language];
  if (item.id === 'role:quit') return { role: 'quit', label, accelerator: item.accelerator };
  if (item.id === 'role:toggleDevTools') return { role: 'toggleDevTools', label, accelerator: item.accelerator };
  if (item.submenu === 'recent-files') {
    const empty = context.language === 'zh-CN' ? '（无）' : '(none)';
    return {
      label,
      submenu: context.recentFiles.length
        ? context.recentFiles.map((file) => ({ label: file.name, click: () => context.send({ actionId: 'project.openRecent', argument: file.handle }) }))
        : [{ label: empty, enabled: false }],
    };
  }
  return { label, accelerator: item.accelerator, click: () => context.send({ actionId: item.id }) };
}

export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  return APPLICATION_MENU.map((menu) => ({
    label: menu.label[context.language],
    submenu: menu.items
      .filter((item) => context.developer === true || item.id !== 'role:toggleDevTools')
      .flatMap((item): MenuItemConstructorOptions[] =>
      item.separatorBefore ? [{ type: 'separator' }, itemTemplate(item, context)] : [itemTemplate(item, context)],
    ),
  }));
}

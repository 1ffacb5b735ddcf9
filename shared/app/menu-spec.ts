// The application menu as data, generated from the action catalog (action-catalog.ts): the Electron main process
// builds the native menu from it, and each item names an action id that the renderer's action registry runs.
import { ACTION_CATALOG, toAccelerator, type Language, type MenuId } from './action-catalog';

export type { Language } from './action-catalog';

export interface MenuItemSpec {
  /** Action id in the renderer's registry; `role:*` items are handled natively by Electron. */
  readonly id: string;
  readonly label: Readonly<Record<Language, string>>;
  /** Electron accelerator syntax, e.g. `CmdOrCtrl+S`. */
  readonly accelerator?: string;
  readonly separatorBefore?: boolean;
  /** Filled at run time by the main process (Open Recent). */
  readonly submenu?: 'recent-files';
}

export interface MenuSpec {
  readonly id: string;
  readonly label: Readonly<Record<Language, string>>;
  readonly items: readonly MenuItemSpec[];
}

/** The menus in the menu bar, left to right, with their Windows access keys. */
const MENUS: readonly { readonly id: MenuId; readonly label: Readonly<Record<Language, string>> }[] = [
  { id: 'file', label: { 'zh-CN': '文件(&F)', en: '&File' } },
  { id: 'edit', label: { 'zh-CN': '编辑(&E)', en: '&Edit' } },
  { id: 'view', label: { 'zh-CN': '视图(&V)', en: '&View' } },
  { id: 'field', label: { 'zh-CN': '外业(&I)', en: 'F&ield' } },
  { id: 'help', label: { 'zh-CN': '帮助(&H)', en: '&Help' } },
];

export const APPLICATION_MENU: readonly MenuSpec[] = MENUS.map((menu) => ({
  id: menu.id,
  label: menu.label,
  items: ACTION_CATALOG.filter((spec) => spec.menu?.in === menu.id).map((spec): MenuItemSpec => {
    const accelerator = spec.menuOnly?.accelerator ?? (spec.shortcuts?.[0] ? toAccelerator(spec.shortcuts[0]) : undefined);
    return {
      id: spec.id,
      label: spec.label,
      ...(accelerator ? { accelerator } : {}),
      ...(spec.menu?.separatorBefore ? { separatorBefore: true } : {}),
      ...(spec.menuOnly?.submenu ? { submenu: spec.menuOnly.submenu } : {}),
    };
  }),
}));

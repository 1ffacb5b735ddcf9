// The application menu as data: the Electron main process builds the native menu from it, and each item names an
// action id that the renderer's action registry runs (one source of truth for menus, shortcuts and the palette).
export type Language = 'zh-CN' | 'en';

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

export const APPLICATION_MENU: readonly MenuSpec[] = [
  {
    id: 'file',
    label: { 'zh-CN': '文件(&F)', en: '&File' },
    items: [
      { id: 'project.new', label: { 'zh-CN': '新建项目', en: 'New Project' }, accelerator: 'CmdOrCtrl+N' },
      { id: 'project.open', label: { 'zh-CN': '打开…', en: 'Open…' }, accelerator: 'CmdOrCtrl+O' },
      { id: 'project.openRecent', label: { 'zh-CN': '最近打开', en: 'Open Recent' }, submenu: 'recent-files' },
      { id: 'project.save', label: { 'zh-CN': '保存', en: 'Save' }, accelerator: 'CmdOrCtrl+S', separatorBefore: true },
      { id: 'project.saveAs', label: { 'zh-CN': '另存为…', en: 'Save As…' }, accelerator: 'CmdOrCtrl+Shift+S' },
      { id: 'data.import', label: { 'zh-CN': '导入…', en: 'Import…' }, accelerator: 'CmdOrCtrl+I', separatorBefore: true },
      { id: 'data.export', label: { 'zh-CN': '导出…', en: 'Export…' }, accelerator: 'CmdOrCtrl+E' },
      { id: 'map.print', label: { 'zh-CN': '打印…', en: 'Print…' }, accelerator: 'CmdOrCtrl+P', separatorBefore: true },
      { id: 'role:quit', label: { 'zh-CN': '退出', en: 'Quit' }, accelerator: 'CmdOrCtrl+Q', separatorBefore: true },
    ],
  },
  {
    id: 'edit',
    label: { 'zh-CN': '编辑(&E)', en: '&Edit' },
    items: [
      { id: 'edit.undo', label: { 'zh-CN': '撤销', en: 'Undo' }, accelerator: 'CmdOrCtrl+Z' },
      { id: 'edit.redo', label: { 'zh-CN': '重做', en: 'Redo' }, accelerator: 'CmdOrCtrl+Y' },
    ],
  },
  {
    id: 'view',
    label: { 'zh-CN': '视图(&V)', en: '&View' },
    items: [
      { id: 'app.commandPalette', label: { 'zh-CN': '命令面板…', en: 'Command Palette…' }, accelerator: 'CmdOrCtrl+K' },
      { id: 'map.zoomToProject', label: { 'zh-CN': '缩放至全县', en: 'Zoom to County' }, accelerator: 'CmdOrCtrl+0' },
      { id: 'view.toggleSidePanel', label: { 'zh-CN': '显示/隐藏侧栏', en: 'Toggle Side Panel' }, accelerator: 'CmdOrCtrl+B' },
      { id: 'app.toggleLanguage', label: { 'zh-CN': 'English', en: '中文' }, accelerator: 'CmdOrCtrl+Shift+L', separatorBefore: true },
      { id: 'role:toggleDevTools', label: { 'zh-CN': '开发者工具', en: 'Developer Tools' }, accelerator: 'F12', separatorBefore: true },
    ],
  },
  {
    id: 'field',
    label: { 'zh-CN': '外业(&I)', en: 'F&ield' },
    items: [
      { id: 'field.toggle', label: { 'zh-CN': '外业核查模式', en: 'Field Verification Mode' }, accelerator: 'CmdOrCtrl+Shift+F' },
      { id: 'field.importPhotos', label: { 'zh-CN': '导入照片…', en: 'Import Photos…' }, accelerator: 'CmdOrCtrl+Alt+P' },
      { id: 'field.exportPackage', label: { 'zh-CN': '导出外业包…', en: 'Export Field Package…' }, accelerator: 'CmdOrCtrl+Alt+X', separatorBefore: true },
      { id: 'field.mergePackage', label: { 'zh-CN': '合并外业包…', en: 'Merge Field Package…' }, accelerator: 'CmdOrCtrl+Shift+M' },
      { id: 'field.report', label: { 'zh-CN': '导出核查报告…', en: 'Verification Report…' }, accelerator: 'CmdOrCtrl+Alt+R', separatorBefore: true },
    ],
  },
  {
    id: 'help',
    label: { 'zh-CN': '帮助(&H)', en: '&Help' },
    items: [{ id: 'app.about', label: { 'zh-CN': '关于搬迁复垦一张图', en: 'About Landlink' } }],
  },
];

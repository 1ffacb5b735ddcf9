// Every user command's metadata, as data: id, Chinese and English label, shortcuts, and where the native menu shows
// it. The Electron main process builds the menu from this (menu-spec.ts) and cannot import renderer/; each renderer
// action file (renderer/src/actions/) takes its label and shortcuts from here, so the menu, the keyboard and the
// command palette cannot drift apart. Pure data: no DOM, no Node.
export type Language = 'zh-CN' | 'en';
export type MenuId = 'file' | 'edit' | 'view' | 'field' | 'help';
export type BilingualLabel = Readonly<Record<Language, string>>;

export interface ActionSpec {
  /** Stable id: the renderer's action file declares the same, and menu commands name it. */
  readonly id: string;
  readonly label: BilingualLabel;
  /** A longer description the command palette shows and searches beside the label. */
  readonly hint?: BilingualLabel;
  /** In `Mod+Shift+K` form (Mod is Ctrl, Cmd on macOS). The first one is the native menu's accelerator. */
  readonly shortcuts?: readonly string[];
  /** Where the native menu lists it; items keep this file's order within their menu. */
  readonly menu?: { readonly in: MenuId; readonly separatorBefore?: boolean };
  /**
   * Menu items with no renderer action: Electron roles (`role:*`), and the Open Recent submenu whose entries send
   * `project.openRecent` with the file as argument. Their accelerators are written in Electron's syntax.
   */
  readonly menuOnly?: { readonly accelerator?: string; readonly submenu?: 'recent-files' };
}

const zhEn = (zh: string, en: string): BilingualLabel => ({ 'zh-CN': zh, en });

export const ACTION_CATALOG: readonly ActionSpec[] = [
  // File
  { id: 'project.new', label: zhEn('新建项目', 'New Project'), shortcuts: ['Mod+N'], menu: { in: 'file' } },
  { id: 'project.open', label: zhEn('打开…', 'Open…'), hint: zhEn('GeoPackage 项目文件（.gpkg）', 'a GeoPackage project file (.gpkg)'), shortcuts: ['Mod+O'], menu: { in: 'file' } },
  { id: 'project.openRecent', label: zhEn('最近打开', 'Open Recent'), menu: { in: 'file' }, menuOnly: { submenu: 'recent-files' } },
  { id: 'project.openRecentList', label: zhEn('打开最近的项目…', 'Open Recent Project…'), shortcuts: ['Mod+Shift+O'] },
  { id: 'project.openSample', label: zhEn('打开示例县', 'Open the Sample County') },
  { id: 'project.save', label: zhEn('保存', 'Save'), shortcuts: ['Mod+S'], menu: { in: 'file', separatorBefore: true } },
  { id: 'project.saveAs', label: zhEn('另存为…', 'Save As…'), shortcuts: ['Mod+Shift+S'], menu: { in: 'file' } },
  { id: 'data.import', label: zhEn('导入…', 'Import…'), shortcuts: ['Mod+I'], menu: { in: 'file', separatorBefore: true } },
  { id: 'data.export', label: zhEn('导出…', 'Export…'), hint: zhEn('图层导出为 Shapefile、KML、CSV、XLSX、GeoJSON、GeoPackage', 'layers to Shapefile, KML, CSV, XLSX, GeoJSON, GeoPackage'), shortcuts: ['Mod+E'], menu: { in: 'file' } },
  { id: 'map.print', label: zhEn('打印…', 'Print…'), shortcuts: ['Mod+P'], menu: { in: 'file', separatorBefore: true } },
  { id: 'role:quit', label: zhEn('退出', 'Quit'), menu: { in: 'file', separatorBefore: true }, menuOnly: { accelerator: 'CmdOrCtrl+Q' } },
  // Edit
  { id: 'edit.undo', label: zhEn('撤销', 'Undo'), shortcuts: ['Mod+Z'], menu: { in: 'edit' } },
  { id: 'edit.redo', label: zhEn('重做', 'Redo'), shortcuts: ['Mod+Y', 'Mod+Shift+Z'], menu: { in: 'edit' } },
  { id: 'edit.setStatus', label: zhEn('设置所选要素的状态…', 'Set Status of Selected Features…'), shortcuts: ['Mod+Alt+S'] },
  { id: 'form.openSelected', label: zhEn('编辑所选要素的属性…', 'Edit Attributes of the Selected Feature…'), shortcuts: ['Alt+Enter'] },
  { id: 'draw.newParcel', label: zhEn('新建地块', 'New Parcel'), shortcuts: ['Mod+Alt+N'] },
  { id: 'draw.newHouse', label: zhEn('新建旧房', 'New House') },
  { id: 'draw.editGeometry', label: zhEn('编辑边界', 'Edit Boundary'), shortcuts: ['Mod+Alt+E'] },
  { id: 'draw.split', label: zhEn('分割', 'Split') },
  { id: 'draw.merge', label: zhEn('合并', 'Merge') },
  { id: 'draw.delete', label: zhEn('删除', 'Delete') },
  { id: 'draw.measureDistance', label: zhEn('量距离', 'Measure Distance'), shortcuts: ['Mod+Alt+M'] },
  { id: 'draw.measureArea', label: zhEn('量面积', 'Measure Area') },
  // View
  { id: 'app.commandPalette', label: zhEn('命令面板…', 'Command Palette…'), shortcuts: ['Mod+K', 'Mod+Shift+P'], menu: { in: 'view' } },
  { id: 'map.zoomToProject', label: zhEn('缩放至全县', 'Zoom to County'), shortcuts: ['Mod+0'], menu: { in: 'view' } },
  { id: 'view.toggleSidePanel', label: zhEn('显示/隐藏侧栏', 'Toggle Side Panel'), shortcuts: ['Mod+B'], menu: { in: 'view' } },
  { id: 'map.goTo', label: zhEn('定位到坐标…', 'Go to Coordinate…'), shortcuts: ['Mod+G'] },
  { id: 'table.toggle', label: zhEn('属性表', 'Attribute Table'), hint: zhEn('F6，同 QGIS', 'F6, as in QGIS'), shortcuts: ['Mod+T', 'F6'] },
  { id: 'table.zoomToSelection', label: zhEn('缩放至所选要素', 'Zoom to Selected Features'), shortcuts: ['Mod+Shift+J'] },
  { id: 'ledger.toggle', label: zhEn('账本', 'Ledger'), hint: zhEn('指标、交易、贷款、还款计划', 'quota, sales, loans, repayment plan'), shortcuts: ['Mod+L'] },
  { id: 'basemap.add', label: zhEn('添加底图…', 'Add Basemap…'), hint: zhEn('PMTiles、MBTiles、GeoTIFF/COG', 'PMTiles, MBTiles, GeoTIFF/COG'), shortcuts: ['Mod+Shift+B'] },
  { id: 'basemap.togglePanel', label: zhEn('显示/隐藏底图列表', 'Show/Hide Basemap List') },
  { id: 'app.toggleLanguage', label: zhEn('切换为英文 (English)', 'Switch to Chinese (中文)'), shortcuts: ['Mod+Shift+L'], menu: { in: 'view', separatorBefore: true } },
  { id: 'role:toggleDevTools', label: zhEn('开发者工具', 'Developer Tools'), menu: { in: 'view', separatorBefore: true }, menuOnly: { accelerator: 'F12' } },
  // Field
  { id: 'field.toggle', label: zhEn('外业核查模式', 'Field Verification Mode'), hint: zhEn('定位、今日目标、核查表', "position, today's targets, checklists"), shortcuts: ['Mod+Shift+F'], menu: { in: 'field' } },
  { id: 'field.importPhotos', label: zhEn('导入照片…', 'Import Photos…'), hint: zhEn('按 EXIF 位置匹配旧房、地块', 'matched by EXIF position to houses and parcels'), shortcuts: ['Mod+Alt+P'], menu: { in: 'field' } },
  { id: 'field.exportPackage', label: zhEn('导出外业包…', 'Export Field Package…'), hint: zhEn('村、乡镇或圈定范围', 'village, township or drawn area'), shortcuts: ['Mod+Alt+X'], menu: { in: 'field', separatorBefore: true } },
  { id: 'field.mergePackage', label: zhEn('合并外业包…', 'Merge Field Package…'), hint: zhEn('三方比对，冲突逐项选择', 'three-way; choose each conflict'), shortcuts: ['Mod+Shift+M'], menu: { in: 'field' } },
  { id: 'field.report', label: zhEn('导出核查报告…', 'Verification Report…'), hint: zhEn('XLSX，按村', 'XLSX, per village'), shortcuts: ['Mod+Alt+R'], menu: { in: 'field', separatorBefore: true } },
  { id: 'field.reportPdf', label: zhEn('核查报告（PDF）…', 'Verification Report (PDF)…'), hint: zhEn('按村，含照片', 'per village, with photos'), shortcuts: ['Mod+Alt+Shift+R'], menu: { in: 'field' } },
  // Help
  { id: 'app.about', label: zhEn('关于搬迁复垦一张图', 'About Landlink'), menu: { in: 'help' } },
];

const byId = new Map(ACTION_CATALOG.map((spec) => [spec.id, spec]));

/** The catalog entry of an action id; throws for an id the catalog does not know (a typo in an action file). */
export function actionSpec(id: string): ActionSpec {
  const spec = byId.get(id);
  if (!spec) throw new Error(`Landlink: action "${id}" is not in shared/app/action-catalog.ts; add it there first.`);
  return spec;
}

/** `Mod+Shift+S` → `CmdOrCtrl+Shift+S` (Electron's accelerator syntax). */
export function toAccelerator(shortcut: string): string {
  return shortcut.replace(/^Mod\+/, 'CmdOrCtrl+');
}

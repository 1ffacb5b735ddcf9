// Excel workbooks for the finance office and for meetings (exceljs): typed cells (numbers, dates, true/false),
// a Chinese header row with each column's English name as a cell note, the header frozen, widths fitted to the
// text (a Chinese character is two columns wide). Geometry: points get X/Y (X = northing) or 纬度/经度 columns;
// polygons get a WKT column when it fits Excel's 32,767 characters per cell, and with `xy` a second sheet 界址点
// listing every corner, which the XLSX reader turns back into the same polygons.
import ExcelJS from 'exceljs';
import type { Feature, Geometry } from 'geojson';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { coordinateHeaders, cornerRows, type TableGeometryColumns } from '../csv/write-csv';
import { writeWkt } from '../wkt/write-wkt';

export type XlsxColumnKind = 'text' | 'integer' | 'real' | 'date' | 'boolean';

export interface XlsxColumn {
  readonly property: string;
  /** Header shown (Chinese label); the property name goes into the note. */
  readonly header?: string;
  readonly kind?: XlsxColumnKind;
  /** Excel number format, e.g. '0.00' for mu. */
  readonly numberFormat?: string;
}

export interface XlsxWriteOptions {
  readonly sheetName: string;
  readonly crs: CrsInfo;
  /** Columns in order; by default every property, headers = names. */
  readonly columns?: readonly XlsxColumn[];
  readonly geometry?: TableGeometryColumns;
}

const EXCEL_CELL_LIMIT = 32767;
export const CORNER_SHEET = '界址点';

const displayWidth = (text: string) => [...text].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

function cellValue(value: unknown, kind: XlsxColumnKind | undefined): ExcelJS.CellValue {
  if (value === null || value === undefined || value === '') return null;
  if (kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(`${value}T00:00:00Z`);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return JSON.stringify(value);
}

function sheetName(name: string): string {
  return name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet1';
}

function addTable(workbook: ExcelJS.Workbook, name: string, columns: readonly XlsxColumn[], rows: readonly (readonly unknown[])[]): void {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(columns.map((c) => c.header ?? c.property));
  header.font = { bold: true };
  columns.forEach((c, i) => {
    if (c.header && c.header !== c.property) header.getCell(i + 1).note = c.property;
  });
  const widths = columns.map((c) => displayWidth(c.header ?? c.property));
  for (const row of rows) {
    sheet.addRow(row.map((v, i) => cellValue(v, columns[i]?.kind)));
    row.forEach((v, i) => {
      if (v !== null && v !== undefined) widths[i] = Math.max(widths[i]!, Math.min(60, displayWidth(typeof v === 'number' ? v.toFixed(2) : String(v))));
    });
  }
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(6, widths[i]! + 2);
    if (c.numberFormat) column.numFmt = c.numberFormat;
    else if (c.kind === 'date') column.numFmt = 'yyyy-mm-dd';
  });
}

export async function writeXlsx(features: readonly Feature<Geometry | null, Record<string, unknown> | null>[], options: XlsxWriteOptions): Promise<{ bytes: Uint8Array; warnings: BilingualText[] }> {
  const properties = features.map((f) => f.properties ?? {});
  const columns: XlsxColumn[] = [...(options.columns ?? [...new Set(properties.flatMap((p) => Object.keys(p)))].map((property) => ({ property })))];
  const mode = options.geometry ?? 'xy';
  const warnings: BilingualText[] = [];
  const polygonal = features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const [north, east] = coordinateHeaders(options.crs);
  const extra: { column: XlsxColumn; value: (f: Feature<Geometry | null, unknown>, index: number) => unknown }[] = [];
  if (mode === 'xy' && !polygonal) {
    const point = (f: Feature<Geometry | null, unknown>) => (f.geometry?.type === 'Point' ? f.geometry.coordinates : f.geometry?.type === 'MultiPoint' ? f.geometry.coordinates[0] : undefined);
    extra.push({ column: { property: north, kind: 'real' }, value: (f) => point(f)?.[1] }, { column: { property: east, kind: 'real' }, value: (f) => point(f)?.[0] });
  } else if (mode !== 'none') {
    const wkts = features.map((f) => writeWkt(f.geometry));
    if (wkts.every((w) => w.length <= EXCEL_CELL_LIMIT)) extra.push({ column: { property: 'WKT' }, value: (_f, i) => wkts[i] });
    else warnings.push({ en: `Some geometries are longer than an Excel cell holds (${EXCEL_CELL_LIMIT} characters), so the sheet has no WKT column${mode === 'xy' ? '; the corners are on sheet 界址点' : ''}.`, zh: `部分几何超过 Excel 单元格上限（${EXCEL_CELL_LIMIT} 字符），表中不含 WKT 列${mode === 'xy' ? '；界址点见“界址点”工作表' : ''}。` });
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Landlink';
  const allColumns = [...columns, ...extra.map((e) => e.column)];
  addTable(workbook, options.sheetName, allColumns, features.map((f, i) => [...columns.map((c) => properties[i]![c.property]), ...extra.map((e) => e.value(f, i))]));
  if (mode === 'xy' && polygonal) {
    const code = columns.find((c) => c.property === 'code');
    const cornerColumns: XlsxColumn[] = [code ?? { property: '要素序号', kind: 'integer' }, { property: '圈号', kind: 'integer' }, { property: '点号' }, { property: north, kind: 'real' }, { property: east, kind: 'real' }];
    const rows: unknown[][] = [];
    features.forEach((f, i) => {
      for (const [ring, point, p] of cornerRows(f.geometry)) rows.push([code ? properties[i]!['code'] : i + 1, ring, `J${point}`, p[1], p[0]]);
    });
    addTable(workbook, CORNER_SHEET, cornerColumns, rows);
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buffer as ArrayBuffer), warnings };
}

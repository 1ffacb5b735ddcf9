// The attribute table's columns for one project table, read from the schema: Chinese and English headers, the kind
// of editor, alignment, and how a value is formatted and sorted. The cached ellipsoidal area (area_m2) becomes three
// columns, mu (shown), m² and ha (in the column chooser), all labelled 椭球面积 so nobody mistakes them for plane areas.
import type { ColumnKind, ColumnSchema, Label } from '../../../shared/domain/schema-types';
import { findTableSchema } from '../../../shared/domain/tables/index';
import { squareMetresToMu } from '../../../shared/domain/units';
import { enumValueLabel, formatFixed, formatPlainNumber, type UiLanguage } from './format-value';
import type { TableRow } from './table-row';

export type AreaUnit = 'mu' | 'm2' | 'ha';

export interface DisplayColumn {
  /** Id in the grid (also the key of its filter and sort). */
  readonly id: string;
  /** The stored column it shows and edits. */
  readonly field: string;
  readonly label: Label;
  /** The schema of the stored column; absent for `fid` and columns the schema does not know. */
  readonly schema?: ColumnSchema;
  readonly kind: ColumnKind | 'fid';
  /** For the area columns: which unit they show the stored m² in. */
  readonly areaUnit?: AreaUnit;
  readonly numeric: boolean;
  readonly editable: boolean;
  readonly hiddenByDefault: boolean;
  /** Width in pixels. */
  readonly size: number;
}

const AREA_DECIMALS: Record<AreaUnit, number> = { mu: 2, m2: 2, ha: 4 };
const AREA_UNIT_LABEL: Record<AreaUnit, Label> = { mu: { zh: '亩', en: 'mu' }, m2: { zh: 'm²', en: 'm²' }, ha: { zh: '公顷', en: 'ha' } };
const SIZE_BY_KIND: Partial<Record<ColumnKind | 'fid', number>> = { fid: 64, code: 108, date: 96, datetime: 170, enum: 104, integer: 84, real: 110, boolean: 64, json: 160, text: 110 };
/** Columns that clutter the table more than they help; they stay in the column chooser. */
const HIDDEN_BY_DEFAULT = new Set(['remarks', 'reuse_plan', 'checklist', 'parent_code']);

function areaColumns(schema: ColumnSchema): DisplayColumn[] {
  return (['mu', 'm2', 'ha'] as const).map((unit) => ({
    id: unit === 'm2' ? schema.name : `area_${unit}`,
    field: schema.name,
    label: { zh: `${schema.label.zh}（${AREA_UNIT_LABEL[unit].zh}）`, en: `${schema.label.en} (${AREA_UNIT_LABEL[unit].en})` },
    schema,
    kind: 'real',
    areaUnit: unit,
    numeric: true,
    editable: false,
    hiddenByDefault: unit !== 'mu',
    size: 120,
  }));
}

function schemaColumn(schema: ColumnSchema): DisplayColumn {
  const unit = schema.unit ? { zh: `${schema.label.zh}（${schema.unit}）`, en: `${schema.label.en} (${schema.unit})` } : schema.label;
  return {
    id: schema.name,
    field: schema.name,
    label: unit,
    schema,
    kind: schema.kind,
    numeric: schema.kind === 'integer' || schema.kind === 'real',
    editable: !schema.computed && schema.kind !== 'blob',
    hiddenByDefault: HIDDEN_BY_DEFAULT.has(schema.name),
    size: SIZE_BY_KIND[schema.kind] ?? 110,
  };
}

const FID_COLUMN: DisplayColumn = { id: 'fid', field: 'fid', label: { zh: '要素号', en: 'Feature id' }, kind: 'fid', numeric: true, editable: false, hiddenByDefault: false, size: 64 };

/**
 * Columns for `table`: fid first, then the schema's columns in their order (the area columns after the status). Columns present in the data but unknown to
 * the schema (a table QGIS added a field to) are shown as read-only text, so nothing in the file is hidden from staff.
 */
export function tableColumns(table: string, extraFields: readonly string[] = []): DisplayColumn[] {
  const schema = findTableSchema(table);
  const columns: DisplayColumn[] = [FID_COLUMN];
  const areas: DisplayColumn[] = [];
  for (const column of schema?.columns ?? []) {
    if (column.kind === 'blob') continue;
    if (column.computed === 'ellipsoidal-area') areas.push(...areaColumns(column));
    else columns.push(schemaColumn(column));
  }
  // The area is what staff read most: right after the status (or the code), not at the far right.
  const after = columns.findIndex((c) => c.field === 'status') + 1 || columns.findIndex((c) => c.field === 'code') + 1 || columns.length;
  columns.splice(after, 0, ...areas);
  const known = new Set(columns.map((c) => c.field));
  for (const field of extraFields) {
    if (known.has(field) || field === 'geom') continue;
    columns.push({ id: field, field, label: { zh: field, en: field }, kind: 'text', numeric: false, editable: false, hiddenByDefault: false, size: 120 });
  }
  return columns;
}

/** The value a column sorts and sums by: numbers in the column's unit, text as stored, null when empty. */
export function columnValue(column: DisplayColumn, row: TableRow): string | number | null {
  const raw = row[column.field];
  if (raw === null || raw === undefined || raw === '') return null;
  if (column.areaUnit) {
    const m2 = Number(raw);
    if (!Number.isFinite(m2)) return null;
    return column.areaUnit === 'mu' ? squareMetresToMu(m2) : column.areaUnit === 'ha' ? m2 / 10_000 : m2;
  }
  if (column.numeric) {
    const n = typeof raw === 'number' ? raw : Number(raw);
    return Number.isFinite(n) ? n : String(raw);
  }
  return typeof raw === 'string' ? raw : String(raw);
}

/** What a cell shows. */
export function formatCell(column: DisplayColumn, row: TableRow, language: UiLanguage): string {
  const value = columnValue(column, row);
  if (value === null) return '';
  if (typeof value === 'number') {
    if (column.areaUnit) return formatFixed(value, AREA_DECIMALS[column.areaUnit]);
    if (column.kind === 'fid' || column.kind === 'integer') return String(value);
    if (column.schema?.unit === 'm²' || column.schema?.unit === '亩' || column.schema?.unit?.includes('元')) return formatFixed(value, 2);
    return formatPlainNumber(value);
  }
  if (column.kind === 'enum' && column.schema?.enum) return enumValueLabel(column.schema.enum, value, language);
  if (column.kind === 'boolean') return value === '1' || value === 'true' ? (language === 'zh' ? '是' : 'Yes') : language === 'zh' ? '否' : 'No';
  return value;
}

/** The enum column staff filter by most (parcel or house status), if the table has one. */
export function statusColumn(columns: readonly DisplayColumn[]): DisplayColumn | undefined {
  return columns.find((c) => c.field === 'status' && c.kind === 'enum');
}

/** The mu column used for Σ area in the footer, if the table has a cached area. */
export function areaMuColumn(columns: readonly DisplayColumn[]): DisplayColumn | undefined {
  return columns.find((c) => c.areaUnit === 'mu');
}

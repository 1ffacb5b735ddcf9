// Proposes which source field fills which Landlink column of the target table, and says why: the user's own
// choice first, then 三调 DLTB names, then common Chinese headers and each column's name and labels. Area fields
// (TBMJ, 面积…) are never mapped to a column: Landlink computes the ellipsoidal area from the geometry, and the
// source's figure is reported beside it (source-areas.ts).
import type { Feature, Geometry } from 'geojson';
import { findTableSchema } from '../../domain/tables/index';
import type { ColumnSchema, TableSchema } from '../../domain/schema-types';
import { FormatReadError } from '../read-error';
import type { ReadProperties } from '../read-result';
import { headerKey } from '../table/cell-value';
import { COMMON_FIELD_NAMES, DLTB_CODE_FIELDS, DLTB_FIELD_NAMES, SOURCE_AREA_FIELDS } from './source-fields';

export type MappingReason = 'user' | 'dltb' | 'common-name' | 'column-name' | 'column-label';

export interface FieldMappingEntry {
  readonly field: string;
  /** The column it fills, or null when it is left out. */
  readonly column: string | null;
  readonly reason: MappingReason | 'source-area' | 'no-match' | 'duplicate' | 'computed';
}

export interface SourceAreaField {
  readonly field: string;
  readonly unit: 'm2' | 'mu' | 'ha';
}

export interface FieldMapping {
  readonly table: string;
  /** Source field → column, ready for import (one source per column). */
  readonly fieldMap: Record<string, string>;
  readonly entries: FieldMappingEntry[];
  /** Fields that carry an area from the source (reported, not stored). */
  readonly sourceAreas: SourceAreaField[];
  /** Required columns no field fills (import will refuse unless the user maps one). */
  readonly missingRequired: string[];
}

export function targetTable(table: string): TableSchema {
  const schema = findTableSchema(table);
  if (!schema || schema.kind !== 'features')
    throw new FormatReadError(`"${table}" is not a map layer of a Landlink project; import into reclaim_parcels, old_houses, resettlement_sites, construction_plots, admin_areas or context_lines.`, `“${table}”不是 Landlink 项目的地图图层；请导入到 reclaim_parcels、old_houses、resettlement_sites、construction_plots、admin_areas 或 context_lines。`);
  return schema;
}

function areaUnit(field: string): SourceAreaField['unit'] | undefined {
  const key = headerKey(field);
  const raw = field.toLowerCase();
  const known = SOURCE_AREA_FIELDS[key];
  const unit: SourceAreaField['unit'] = /亩|\bmu\b|_mu$/.test(raw) ? 'mu' : /公顷|hectare|\bha\b|_ha$/.test(raw) ? 'ha' : known?.unit ?? 'm2';
  if (known || /面积$/.test(key) || /(^|_)(area|mj)(_|$)/.test(raw)) return unit;
  return undefined;
}

function codeFromDltb(fields: readonly string[], features: readonly Feature<Geometry | null, ReadProperties>[] | undefined): string | undefined {
  const byKey = new Map(fields.map((f) => [headerKey(f), f]));
  const tbbh = byKey.get(DLTB_CODE_FIELDS[0]);
  const bsm = byKey.get(DLTB_CODE_FIELDS[1]);
  if (tbbh && features) {
    const values = features.map((f) => f.properties[tbbh]);
    // TBBH is unique within a village only; a county-wide file needs BSM.
    if (values.every((v) => v !== null && v !== '') && new Set(values.map(String)).size === values.length) return tbbh;
  }
  return bsm ?? tbbh;
}

export function suggestFieldMap(
  fields: readonly string[],
  table: string,
  options: { userMap?: Readonly<Record<string, string | null>>; features?: readonly Feature<Geometry | null, ReadProperties>[] } = {},
): FieldMapping {
  const schema = targetTable(table);
  const columns = new Map(schema.columns.map((c) => [c.name, c]));
  const taken = new Map<string, string>(); // column → field
  const entries: FieldMappingEntry[] = [];
  const sourceAreas: SourceAreaField[] = [];
  const decided = new Map<string, FieldMappingEntry>();
  const assign = (field: string, column: string, reason: MappingReason) => {
    if (decided.has(field)) return;
    const target = columns.get(column);
    if (!target) return;
    if (target.computed) return void decided.set(field, { field, column: null, reason: 'computed' });
    if (taken.has(column)) return;
    taken.set(column, field);
    decided.set(field, { field, column, reason });
  };

  for (const [field, column] of Object.entries(options.userMap ?? {})) {
    if (column === null) decided.set(field, { field, column: null, reason: 'user' });
    else if (!columns.has(column))
      throw new FormatReadError(`The mapping ${field}=${column} names no column of ${table}; its columns are: ${schema.columns.filter((c) => !c.computed).map((c) => c.name).join(', ')}.`, `映射 ${field}=${column} 中的列在 ${schema.label.zh} 中不存在。`);
    else assign(field, column, 'user');
  }
  const keyed = fields.map((f) => ({ field: f, key: headerKey(f) }));
  const dltbCode = codeFromDltb(fields, options.features);
  if (dltbCode && columns.has('code')) assign(dltbCode, 'code', 'dltb');
  for (const [column, names] of Object.entries(DLTB_FIELD_NAMES))
    for (const name of names) for (const { field, key } of keyed) if (key === name) assign(field, column, 'dltb');
  for (const { field, key } of keyed) {
    const column = schema.columns.find((c: ColumnSchema) => headerKey(c.name) === key);
    if (column) assign(field, column.name, 'column-name');
  }
  for (const { field, key } of keyed) {
    const column = schema.columns.find((c) => headerKey(c.label.zh) === key || headerKey(c.label.en) === key);
    if (column) assign(field, column.name, 'column-label');
  }
  for (const [column, names] of Object.entries(COMMON_FIELD_NAMES))
    for (const name of names) for (const { field, key } of keyed) if (key === name) assign(field, column, 'common-name');

  for (const field of fields) {
    const entry = decided.get(field);
    if (entry && entry.column !== null) {
      entries.push(entry);
      continue;
    }
    const unit = areaUnit(field);
    if (unit) {
      sourceAreas.push({ field, unit });
      entries.push({ field, column: null, reason: 'source-area' });
    } else entries.push(entry ?? { field, column: null, reason: 'no-match' });
  }
  const fieldMap: Record<string, string> = {};
  for (const e of entries) if (e.column) fieldMap[e.field] = e.column;
  const missingRequired = schema.columns.filter((c) => c.required && c.name !== 'code' && !taken.has(c.name)).map((c) => c.name);
  return { table: schema.name, fieldMap, entries, sourceAreas, missingRequired };
}

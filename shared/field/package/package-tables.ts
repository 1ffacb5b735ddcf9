// What a field package carries and how its rows are compared. Houses, parcels, verifications and photos travel and
// merge back by business `code`; administrative areas travel as context only. Values are compared in a canonical
// form so that a tool rewriting a row without changing it (GDAL re-encoding a geometry blob, a datetime written
// without milliseconds, JSON with other spacing) is not taken for an edit.
import type { Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { findTableSchema } from '../../domain/tables/index';
import { GEOMETRY_COLUMN, type ColumnSchema, type TableSchema } from '../../domain/schema-types';
import { decodeGeometryBlob } from '../../gpkg/geometry-blob';
import { quoteIdentifier } from '../../gpkg/sql-identifier';
import { queryRows, tableColumns } from '../../project/sql-rows';

/** Tables merged back, in the order inserts must happen (photos after verifications for the relation). */
export const MERGED_TABLES = ['old_houses', 'reclaim_parcels', 'verifications', 'photos'] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];
/** Tables copied for orientation only (boundaries on the map). */
export const CONTEXT_TABLES = ['admin_areas'] as const;
/** Records only ever added (never edited in two places): a code clash renumbers the field's record. */
export const APPEND_ONLY_TABLES: ReadonlySet<string> = new Set(['verifications', 'photos']);

export const BASE_TABLE = 'landlink_field_base';
export const RELATION_KEY = 'verifications_photos';
export const PACKAGE_META_KEY = 'field_package';

export function mergedSchema(table: MergedTable): TableSchema {
  return findTableSchema(table)!;
}

/** Columns compared and carried (not the primary key, not computed caches, not blobs: photo bytes go by sha256). */
export function comparedColumns(schema: TableSchema): ColumnSchema[] {
  return schema.columns.filter((c) => !c.computed && c.kind !== 'blob');
}

/** Field names of a row as the merge reports them: columns, then `geom` for features. */
export function fieldNames(schema: TableSchema): string[] {
  return [...comparedColumns(schema).map((c) => c.name), ...(schema.kind === 'features' ? [GEOMETRY_COLUMN] : [])];
}

/** A row by code: plain values of compared columns, geometry as GeoJSON (null when absent or unreadable). */
export interface CodedRow {
  readonly key: number;
  readonly values: Record<string, unknown>;
  /** The stored geometry blob, when read with `rawGeometry` (then values hold no `geom`). */
  readonly geometryBlob?: Uint8Array | null;
}

export interface ReadRowsOptions {
  /** Keep geometry as the stored blob instead of decoding it (copying rows, writing the base). */
  readonly rawGeometry?: boolean;
}

/** Rows by code; with `onlyCodes`, just those rows (a county project holds far more than one package touches). */
export function readRowsByCode(db: Database, table: MergedTable, onlyCodes?: ReadonlySet<string>, options: ReadRowsOptions = {}): Map<string, CodedRow> {
  if (onlyCodes) {
    const rows = new Map<string, CodedRow>();
    const codes = [...onlyCodes];
    for (let i = 0; i < codes.length; i += 500) {
      for (const [code, row] of readRowsWhere(db, table, `WHERE code IN (${codes.slice(i, i + 500).map(() => '?').join(',')})`, codes.slice(i, i + 500), options)) rows.set(code, row);
    }
    return rows;
  }
  return readRowsWhere(db, table, '', [], options);
}

function readRowsWhere(db: Database, table: MergedTable, where: string, params: SqlValue[], options: ReadRowsOptions): Map<string, CodedRow> {
  const schema = mergedSchema(table);
  const present = new Set(tableColumns(db, table).map((c) => c.name));
  const columns = comparedColumns(schema).filter((c) => present.has(c.name));
  const withGeometry = schema.kind === 'features' && present.has(GEOMETRY_COLUMN);
  const select = [schema.primaryKey, ...columns.map((c) => c.name), ...(withGeometry ? [GEOMETRY_COLUMN] : [])];
  const rows = new Map<string, CodedRow>();
  for (const row of queryRows(db, `SELECT ${select.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)} ${where} ORDER BY ${quoteIdentifier(schema.primaryKey)}`, params)) {
    const code = row.code;
    if (typeof code !== 'string' || code === '') continue; // rows without a code cannot be matched: see validate
    const values: Record<string, unknown> = {};
    for (const c of columns) values[c.name] = plainValue(c, row[c.name]);
    if (withGeometry && options.rawGeometry) {
      const blob = row[GEOMETRY_COLUMN];
      rows.set(code, { key: Number(row[schema.primaryKey]), values, geometryBlob: blob instanceof Uint8Array ? blob : null });
      continue;
    }
    if (withGeometry) values[GEOMETRY_COLUMN] = geometryOf(row[GEOMETRY_COLUMN]);
    rows.set(code, { key: Number(row[schema.primaryKey]), values });
  }
  return rows;
}

export function plainValue(column: ColumnSchema, value: SqlValue | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (value instanceof Uint8Array) return null;
  if (column.kind === 'json' && typeof value === 'string') {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

export function geometryOf(value: SqlValue | undefined): Geometry | null {
  if (!(value instanceof Uint8Array)) return null;
  try {
    const decoded = decodeGeometryBlob(value);
    return decoded.empty ? null : decoded.geometry;
  } catch {
    return null;
  }
}

/** The comparison key of a value: equal keys mean "not changed". */
export function canonical(field: string, schema: TableSchema, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'null';
  if (field === GEOMETRY_COLUMN) {
    // Each geometry is compared with two others: compute its key once.
    const geometry = value as Geometry;
    let key = geometryKeys.get(geometry);
    if (key === undefined) geometryKeys.set(geometry, (key = canonicalGeometry(geometry)));
    return key;
  }
  const column = schema.columns.find((c) => c.name === field);
  switch (column?.kind) {
    case 'real':
    case 'integer': {
      const n = typeof value === 'number' ? value : Number(value);
      return Number.isFinite(n) ? `n:${Number(n.toPrecision(12))}` : `s:${String(value)}`;
    }
    case 'boolean':
      return value === true || value === 1 || value === '1' || value === 'true' ? 'b:1' : 'b:0';
    case 'datetime': {
      const ms = typeof value === 'string' ? Date.parse(value) : NaN;
      return Number.isFinite(ms) ? `t:${ms}` : `s:${String(value)}`;
    }
    case 'json':
      return `j:${stableJson(typeof value === 'string' ? tryParse(value) : value)}`;
    default:
      return `s:${String(value)}`;
  }
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const geometryKeys = new WeakMap<Geometry, string>();

/** Coordinates rounded to 1e-9° (0.1 mm), polygons as multipolygons: what GDAL or QGIS may rewrite stays equal. */
function canonicalGeometry(geometry: Geometry): string {
  const round = (c: unknown): unknown => (Array.isArray(c) ? c.map(round) : typeof c === 'number' ? Math.round(c * 1e9) / 1e9 : c);
  if (geometry.type === 'Polygon') return `MultiPolygon:${JSON.stringify(round([geometry.coordinates]))}`;
  if (geometry.type === 'GeometryCollection') return `GeometryCollection:${geometry.geometries.map(canonicalGeometry).join('|')}`;
  return `${geometry.type}:${JSON.stringify(round(geometry.coordinates))}`;
}

export function sameValue(field: string, schema: TableSchema, a: unknown, b: unknown): boolean {
  return canonical(field, schema, a) === canonical(field, schema, b);
}

export function sameRow(schema: TableSchema, a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return fieldNames(schema).every((field) => sameValue(field, schema, a[field], b[field]));
}

/** Relations verification → photo by codes, as `verificationCode/photoCode`. */
export function readRelationsByCode(db: Database): Set<string> {
  const rows = queryRows(
    db,
    `SELECT v.code AS v, p.code AS p FROM ${quoteIdentifier(RELATION_KEY)} m JOIN verifications v ON v.fid = m.base_id JOIN photos p ON p.id = m.related_id`,
  );
  return new Set(rows.map((r) => `${String(r.v)}/${String(r.p)}`));
}

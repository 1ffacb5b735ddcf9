// Turns the properties and geometry of one feature into the values of one row of a Landlink table: every property
// checked against its column, the geometry fitted to the layer, the cached area computed from it. Shared by
// insert, update and import so that all writes obey the same rules.
import type { Geometry } from 'geojson';
import { encodeGeometryBlob } from '../gpkg/geometry-blob';
import { CGCS2000_SRS_ID } from '../gpkg/spatial-ref-sys';
import { cachedAreaColumn, geometryArea } from '../domain/cached-area';
import { GEOMETRY_COLUMN, type TableSchema } from '../domain/schema-types';
import { normalizeValue, type StoredValue } from '../domain/validate-value';
import { FeatureWriteError } from './feature-write-error';
import { fitGeometryToTable } from './geometry-for-table';
import { validateGeometry } from '../geo/validate/validate-geometry';

export interface FeatureInput {
  readonly properties?: Readonly<Record<string, unknown>> | null;
  /** Undefined leaves the geometry as it is (updates); null clears it. */
  readonly geometry?: Geometry | null;
}

export interface PreparedRow {
  /** Column → stored value, only for the columns the input sets (plus the cached area when geometry is set). */
  readonly values: Map<string, StoredValue>;
  /** The geometry as stored (fitted to the layer type), when the input sets one. */
  readonly geometry?: Geometry | null;
}

/** Each table's columns by name, built once per schema rather than once per row of a 100,000-row import. */
const columnsBySchema = new WeakMap<TableSchema, ReadonlyMap<string, TableSchema['columns'][number]>>();

function columnsOf(table: TableSchema): ReadonlyMap<string, TableSchema['columns'][number]> {
  let columns = columnsBySchema.get(table);
  if (!columns) {
    columns = new Map(table.columns.map((c) => [c.name, c]));
    columnsBySchema.set(table, columns);
  }
  return columns;
}

/** Properties that describe the row rather than set a column: accepted and ignored. */
const IGNORED_PROPERTIES = new Set(['fid', 'id']);

export function prepareRow(table: TableSchema, input: FeatureInput, mode: 'insert' | 'update', featureIndex?: number): PreparedRow {
  const values = new Map<string, StoredValue>();
  const properties = input.properties ?? {};
  const columns = columnsOf(table);

  for (const [name, value] of Object.entries(properties)) {
    if (IGNORED_PROPERTIES.has(name) && name !== table.primaryKey && !columns.has(name)) continue;
    if (name === table.primaryKey) continue;
    const column = columns.get(name);
    if (!column) {
      throw new FeatureWriteError('unknown-field', `${where(featureIndex)}field “${name}” is not a column of ${table.name}`, `${whereZh(featureIndex)}字段“${name}”不是 ${table.label.zh} 的列`, featureIndex, name);
    }
    if (column.computed) continue; // computed from geometry below, never taken from input
    const result = normalizeValue(column, value);
    if (!result.ok) throw new FeatureWriteError('invalid-value', `${where(featureIndex)}${result.message}`, `${whereZh(featureIndex)}${result.messageZh}`, featureIndex, name);
    values.set(name, result.value);
  }
  if (mode === 'insert') {
    for (const column of table.columns) {
      if (column.required && !values.has(column.name) && column.name !== 'code') {
        throw new FeatureWriteError('invalid-value', `${where(featureIndex)}${column.name} is required`, `${whereZh(featureIndex)}“${column.label.zh}”为必填项`, featureIndex, column.name);
      }
    }
  }

  if (input.geometry === undefined || table.kind !== 'features') return { values };
  let geometry: Geometry | null = null;
  if (input.geometry !== null) {
    const fitted = fitGeometryToTable(input.geometry, table.geometryType ?? 'MULTIPOLYGON');
    if (!fitted.ok) throw new FeatureWriteError('invalid-geometry', `${where(featureIndex)}geometry: ${fitted.message}`, `${whereZh(featureIndex)}几何：${fitted.messageZh}`, featureIndex, GEOMETRY_COLUMN);
    geometry = fitted.geometry;
    // The geometry rules hold for every write (app, CLI, merge, sync): a self-intersecting ring, a ring of too few
    // points or a non-finite coordinate is refused here, whatever screen or command sent it.
    const problem = validateGeometry(geometry).find((p) => p.severity === 'error');
    if (problem) throw new FeatureWriteError('invalid-geometry', `${where(featureIndex)}geometry: ${problem.message}`, `${whereZh(featureIndex)}几何：${problem.messageZh}`, featureIndex, GEOMETRY_COLUMN);
  }
  values.set(GEOMETRY_COLUMN, geometry ? encodeGeometryBlob(geometry, CGCS2000_SRS_ID) : null);
  const areaColumn = cachedAreaColumn(table);
  if (areaColumn) values.set(areaColumn, geometryArea(geometry));
  return { values, geometry };
}

// Features are counted from 1 in messages, as a person counts them in a file or a table.
function where(featureIndex: number | undefined): string {
  return featureIndex === undefined ? '' : `feature ${featureIndex + 1}: `;
}

function whereZh(featureIndex: number | undefined): string {
  return featureIndex === undefined ? '' : `第 ${featureIndex + 1} 个要素：`;
}

// All-or-nothing import of a GeoJSON FeatureCollection into a Landlink table. Source fields are mapped to columns by
// `fieldMap` (source → column), else by equal names (case-insensitive); other fields are reported, not stored.
// Any bad feature rolls the whole import back and names the feature index and the field.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { cachedAreaColumn } from '../domain/cached-area';
import { FeatureWriteError } from './feature-write-error';
import { insertFeatures } from './insert-features';
import type { FeatureInput } from './prepare-row';
import { inSavepoint } from './sql-rows';
import { writableTableSchema } from './writable-table';

export interface ImportOptions {
  /** Source field → column, e.g. { DKBH: 'code', ZT: 'status' }. */
  readonly fieldMap?: Readonly<Record<string, string>>;
  readonly user?: string;
}

export interface ImportResult {
  readonly table: string;
  readonly inserted: number;
  readonly fids: number[];
  /** Source fields that matched no column and were left out. */
  readonly ignoredFields: string[];
}

export function importGeoJSON(db: Database, table: string, collection: FeatureCollection<Geometry | null>, options: ImportOptions = {}): ImportResult {
  const { inputs, ignored } = importInputs(table, collection, options);
  const fids = inSavepoint(db, 'landlink_import', () => insertFeatures(db, table, inputs, { user: options.user, audit: 'summary' }));
  return { table, inserted: fids.length, fids, ignoredFields: [...ignored].sort() };
}

/** The rows an import would write, with its fields mapped to columns; throws on a feature that can never be stored. */
export function importInputs(table: string, collection: FeatureCollection<Geometry | null>, options: ImportOptions = {}): { inputs: FeatureInput[]; ignored: Set<string> } {
  const schema = writableTableSchema(table);
  if (!collection || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new FeatureWriteError('invalid-value', 'the file is not a GeoJSON FeatureCollection', '文件不是 GeoJSON FeatureCollection');
  }
  const columnNames = new Map(schema.columns.filter((c) => c.computed === undefined).map((c) => [c.name.toLowerCase(), c.name]));
  const fieldMap = new Map(Object.entries(options.fieldMap ?? {}));
  for (const [field, column] of fieldMap) {
    if (!schema.columns.some((c) => c.name === column)) {
      throw new FeatureWriteError('unknown-field', `--map ${field}=${column}: ${table} has no column “${column}”`, `--map ${field}=${column}：${schema.label.zh}没有列“${column}”`, undefined, column);
    }
  }
  const area = cachedAreaColumn(schema);
  const ignored = new Set<string>();
  const inputs: FeatureInput[] = collection.features.map((feature, index) => {
    if (!feature || feature.type !== 'Feature') {
      throw new FeatureWriteError('invalid-value', `feature ${index + 1}: not a GeoJSON Feature`, `第 ${index + 1} 个要素：不是 GeoJSON 要素`, index);
    }
    if (schema.kind === 'features' && !feature.geometry) {
      throw new FeatureWriteError('invalid-geometry', `feature ${index + 1}: has no geometry`, `第 ${index + 1} 个要素：缺少几何`, index, 'geom');
    }
    const properties: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(feature.properties ?? {})) {
      const column = fieldMap.get(field) ?? columnNames.get(field.toLowerCase());
      // A source's own area field is not taken: Landlink computes the area from the geometry.
      if (!column || column === area) ignored.add(field);
      else properties[column] = value;
    }
    return { properties, geometry: schema.kind === 'features' ? feature.geometry : undefined };
  });
  return { inputs, ignored };
}

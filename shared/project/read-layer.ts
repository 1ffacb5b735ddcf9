// A table as a GeoJSON FeatureCollection for the map and the attribute table: every column as a property (blobs
// left out), `fid` included, geometry decoded to EPSG:4490 lon/lat. Works for Landlink's tables and for any other
// table registered in gpkg_contents.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import type { Envelope } from '../gpkg/envelope';
import { decodeGeometryBlob, geometryBlobEnvelope } from '../gpkg/geometry-blob';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { tableColumns } from './sql-rows';
import { queryScalar } from './sql-rows';

export type LayerProperties = Record<string, string | number | null> & { fid: number };

export class UnknownTableError extends Error {
  override readonly name = 'UnknownTableError';
  constructor(readonly table: string) {
    super(`the project has no table “${table}”`);
  }
}

export function geometryColumnOf(db: Database, table: string): string | null {
  const column = queryScalar(db, 'SELECT column_name FROM gpkg_geometry_columns WHERE table_name = ?', [table]);
  return column === undefined || column === null ? null : String(column);
}

export function primaryKeyOf(db: Database, table: string): string {
  const columns = tableColumns(db, table);
  if (columns.length === 0) throw new UnknownTableError(table);
  return columns.find((c) => c.pk && c.type.toUpperCase() === 'INTEGER')?.name ?? 'rowid';
}

/** Which rows to read: all (default), or only these ids (what a change set touched). */
export interface ReadLayerOptions {
  readonly fids?: readonly number[];
}

export function readLayer(db: Database, table: string, options: ReadLayerOptions = {}): FeatureCollection<Geometry | null, LayerProperties> {
  const columns = tableColumns(db, table);
  if (columns.length === 0) throw new UnknownTableError(table);
  const geometryColumn = geometryColumnOf(db, table);
  const primaryKey = primaryKeyOf(db, table);
  const propertyColumns = columns.filter((c) => c.name !== geometryColumn && c.name !== primaryKey && c.type.toUpperCase() !== 'BLOB');
  const selected = [primaryKey, ...(geometryColumn ? [geometryColumn] : []), ...propertyColumns.map((c) => c.name)];
  const features: Feature<Geometry | null, LayerProperties>[] = [];
  const firstProperty = geometryColumn ? 2 : 1;
  const box: Envelope = [Infinity, Infinity, -Infinity, -Infinity];
  const select = `SELECT ${selected.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)}`;
  const order = ` ORDER BY ${quoteIdentifier(primaryKey)}`;
  if (!options.fids) readRows(db.prepare(select + order), features, propertyColumns, firstProperty, geometryColumn !== null, box);
  else {
    for (let i = 0; i < options.fids.length; i += 500) {
      const chunk = options.fids.slice(i, i + 500);
      const statement = db.prepare(`${select} WHERE ${quoteIdentifier(primaryKey)} IN (${chunk.map(() => '?').join(',')})${order}`);
      statement.bind([...chunk]);
      readRows(statement, features, propertyColumns, firstProperty, geometryColumn !== null, box);
    }
  }
  // The layer's bbox (GeoJSON's own member) from the blobs' envelopes: callers zoom to it without walking every position.
  return box[0] <= box[2] ? { type: 'FeatureCollection', bbox: [...box], features } : { type: 'FeatureCollection', features };
}

function readRows(statement: ReturnType<Database['prepare']>, features: Feature<Geometry | null, LayerProperties>[], propertyColumns: readonly { name: string }[], firstProperty: number, hasGeometry: boolean, box: Envelope): void {
  try {
    while (statement.step()) {
      const row = statement.get();
      const fid = Number(row[0]);
      const properties: LayerProperties = { fid };
      for (let i = 0; i < propertyColumns.length; i++) properties[propertyColumns[i]!.name] = plain(row[firstProperty + i]);
      const geometry = hasGeometry ? decode(row[1]) : null;
      if (geometry) extendBox(box, geometry, row[1] as Uint8Array);
      features.push({ type: 'Feature', id: fid, properties, geometry });
    }
  } finally {
    statement.free();
  }
}

function extendBox(box: Envelope, geometry: Geometry, blob: Uint8Array): void {
  const envelope = geometry.type === 'Point' ? ([geometry.coordinates[0]!, geometry.coordinates[1]!, geometry.coordinates[0]!, geometry.coordinates[1]!] as const) : geometryBlobEnvelope(blob);
  if (!envelope) return;
  if (envelope[0] < box[0]) box[0] = envelope[0];
  if (envelope[1] < box[1]) box[1] = envelope[1];
  if (envelope[2] > box[2]) box[2] = envelope[2];
  if (envelope[3] > box[3]) box[3] = envelope[3];
}

function decode(value: SqlValue | undefined): Geometry | null {
  if (!(value instanceof Uint8Array)) return null;
  try {
    const { geometry, empty } = decodeGeometryBlob(value);
    return empty ? null : geometry;
  } catch {
    return null; // shown as a feature without geometry; `landlink validate` names it
  }
}

function plain(value: SqlValue | undefined): string | number | null {
  if (value === undefined || value === null || value instanceof Uint8Array) return null;
  return value;
}

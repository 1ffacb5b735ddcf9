// A table as a GeoJSON FeatureCollection for the map and the attribute table: every column as a property (blobs
// left out), `fid` included, geometry decoded to EPSG:4490 lon/lat. Works for Landlink's tables and for any other
// table registered in gpkg_contents.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Database, SqlValue } from 'sql.js';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
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

export function readLayer(db: Database, table: string): FeatureCollection<Geometry | null, LayerProperties> {
  const columns = tableColumns(db, table);
  if (columns.length === 0) throw new UnknownTableError(table);
  const geometryColumn = geometryColumnOf(db, table);
  const primaryKey = primaryKeyOf(db, table);
  const propertyColumns = columns.filter((c) => c.name !== geometryColumn && c.name !== primaryKey && c.type.toUpperCase() !== 'BLOB');
  const selected = [primaryKey, ...(geometryColumn ? [geometryColumn] : []), ...propertyColumns.map((c) => c.name)];
  const statement = db.prepare(`SELECT ${selected.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)} ORDER BY ${quoteIdentifier(primaryKey)}`);
  const features: Feature<Geometry | null, LayerProperties>[] = [];
  const firstProperty = geometryColumn ? 2 : 1;
  try {
    while (statement.step()) {
      const row = statement.get();
      const fid = Number(row[0]);
      const properties: LayerProperties = { fid };
      for (let i = 0; i < propertyColumns.length; i++) properties[propertyColumns[i]!.name] = plain(row[firstProperty + i]);
      features.push({ type: 'Feature', id: fid, properties, geometry: geometryColumn ? decode(row[1]) : null });
    }
  } finally {
    statement.free();
  }
  return { type: 'FeatureCollection', features };
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

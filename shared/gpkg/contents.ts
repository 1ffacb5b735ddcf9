// Registration of user tables in gpkg_contents / gpkg_geometry_columns, and their extents. GDAL and QGIS list a
// table as a layer only when it is registered here.
import type { Database } from 'sql.js';
import { geometryBlobEnvelope } from './geometry-blob';
import { unionEnvelopes, type Envelope } from './envelope';
import { quoteIdentifier } from './sql-identifier';

export type GeometryTypeName = 'POINT' | 'LINESTRING' | 'POLYGON' | 'MULTIPOINT' | 'MULTILINESTRING' | 'MULTIPOLYGON' | 'GEOMETRY';

export interface ContentsEntry {
  readonly tableName: string;
  readonly dataType: string;
  readonly identifier: string;
  readonly description: string;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ','now')";

export function registerFeaturesTable(
  db: Database,
  entry: Omit<ContentsEntry, 'dataType'>,
  geometry: { column: string; type: GeometryTypeName; srsId: number },
): void {
  db.run(
    `INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id) VALUES (?, 'features', ?, ?, ${NOW}, ?)`,
    [entry.tableName, entry.identifier, entry.description, geometry.srsId],
  );
  db.run(
    'INSERT OR IGNORE INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m) VALUES (?, ?, ?, ?, 0, 0)',
    [entry.tableName, geometry.column, geometry.type, geometry.srsId],
  );
}

export function registerAttributesTable(db: Database, entry: Omit<ContentsEntry, 'dataType'>): void {
  db.run(
    `INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) VALUES (?, 'attributes', ?, ?, ${NOW})`,
    [entry.tableName, entry.identifier, entry.description],
  );
}

/** Every features table and its geometry column, as registered in gpkg_geometry_columns. */
export function listGeometryColumns(db: Database): { table: string; column: string; type: string; srsId: number }[] {
  const result = db.exec('SELECT table_name, column_name, geometry_type_name, srs_id FROM gpkg_geometry_columns');
  return (result[0]?.values ?? []).map(([table, column, type, srsId]) => ({
    table: String(table),
    column: String(column),
    type: String(type),
    srsId: Number(srsId),
  }));
}

export function touchContents(db: Database, table: string): void {
  db.run(`UPDATE gpkg_contents SET last_change = ${NOW} WHERE table_name = ?`, [table]);
}

/** Reads every geometry's envelope (from blob headers, without decoding WKB) and stores the union in gpkg_contents. */
export function refreshContentsExtent(db: Database, table: string, geometryColumn: string): Envelope | null {
  let extent: Envelope | null = null;
  const statement = db.prepare(`SELECT ${quoteIdentifier(geometryColumn)} FROM ${quoteIdentifier(table)} WHERE ${quoteIdentifier(geometryColumn)} IS NOT NULL`);
  try {
    while (statement.step()) {
      const blob = statement.get()[0];
      if (blob instanceof Uint8Array) extent = unionEnvelopes(extent, safeEnvelope(blob));
    }
  } finally {
    statement.free();
  }
  writeContentsExtent(db, table, extent);
  return extent;
}

export function writeContentsExtent(db: Database, table: string, extent: Envelope | null): void {
  db.run('UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?', [
    extent?.[0] ?? null,
    extent?.[1] ?? null,
    extent?.[2] ?? null,
    extent?.[3] ?? null,
    table,
  ]);
}

export function readContentsExtent(db: Database, table: string): Envelope | null {
  const row = db.exec('SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?', [table])[0]?.values[0];
  if (!row || row.some((v) => v === null)) return null;
  return row.map(Number) as Envelope;
}

function safeEnvelope(blob: Uint8Array): Envelope | null {
  try {
    return geometryBlobEnvelope(blob);
  } catch {
    return null; // a broken geometry is reported by validation; it must not stop a save
  }
}

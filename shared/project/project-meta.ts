// landlink_meta: the project's key/value metadata (schema version, name, county, synthetic flag, settings).
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { queryRows } from './sql-rows';

export const META_KEYS = {
  schemaVersion: 'schema_version',
  projectName: 'project_name',
  county: 'county',
  synthetic: 'synthetic',
  createdAt: 'created_at',
  generator: 'generator',
  settings: 'settings',
  droppedSpatialIndexes: 'dropped_spatial_indexes',
  droppedTriggers: 'dropped_triggers',
} as const;

export function readMeta(db: Database): Record<string, string> {
  if (!tableExists(db, 'landlink_meta')) return {};
  const meta: Record<string, string> = {};
  for (const row of queryRows(db, 'SELECT key, value FROM landlink_meta')) meta[String(row.key)] = row.value === null ? '' : String(row.value);
  return meta;
}

export function setMeta(db: Database, key: string, value: string): void {
  db.run('INSERT INTO landlink_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value', [key, value]);
}

/** The schema version stored in the file; 0 for a GeoPackage Landlink has never written. */
export function storedSchemaVersion(db: Database): number {
  const value = readMeta(db)[META_KEYS.schemaVersion];
  const version = value === undefined ? 0 : Number(value);
  return Number.isInteger(version) ? version : 0;
}

// A new, empty project: a GeoPackage with every Landlink table, ready for drawing or import.
import type { Database, SqlJsStatic } from 'sql.js';
import { trackExtentChanges } from '../gpkg/extent-tracking';
import { runMigrations } from './migrations';
import { META_KEYS, setMeta } from './project-meta';

export interface NewProjectOptions {
  readonly name: string;
  readonly county: string;
  /** True for generated sample data, which must say it is not real. */
  readonly synthetic?: boolean;
}

export function createEmptyProject(SQL: SqlJsStatic, options: NewProjectOptions): Database {
  const db = new SQL.Database();
  db.exec('BEGIN');
  runMigrations(db, 0);
  setMeta(db, META_KEYS.projectName, options.name);
  setMeta(db, META_KEYS.county, options.county);
  setMeta(db, META_KEYS.synthetic, options.synthetic ? 'true' : 'false');
  setMeta(db, META_KEYS.createdAt, new Date().toISOString());
  setMeta(db, META_KEYS.settings, '{}');
  db.exec('COMMIT');
  trackExtentChanges(db);
  return db;
}

// The GeoPackage core: the metadata tables every GeoPackage has, and the two PRAGMAs that mark the file as one.
// user_version 10300 (GeoPackage 1.3): GDAL 3.6 reads it without a warning, while 10400 makes it warn.
import type { Database } from 'sql.js';
import { REQUIRED_SPATIAL_REF_SYS } from './spatial-ref-sys';

export const GPKG_APPLICATION_ID = 0x47504b47; // 'GPKG'
export const GPKG_USER_VERSION = 10300;
/** Application ids of GeoPackage 1.0 ('GP10') and 1.1 ('GP11') files, which are GeoPackages too. */
export const LEGACY_GPKG_APPLICATION_IDS = [0x47503130, 0x47503131] as const;

const CORE_DDL = `
CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE IF NOT EXISTS gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE IF NOT EXISTS gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
`;

/** Creates the core tables and required SRS rows if missing, and stamps the GeoPackage PRAGMAs. Idempotent. */
export function ensureGeoPackageCore(db: Database): void {
  db.run(`PRAGMA application_id = ${GPKG_APPLICATION_ID}`);
  db.run(`PRAGMA user_version = ${GPKG_USER_VERSION}`);
  db.exec(CORE_DDL);
  const insert = db.prepare(
    'INSERT OR IGNORE INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description) VALUES (?, ?, ?, ?, ?, ?)',
  );
  try {
    for (const row of REQUIRED_SPATIAL_REF_SYS) {
      insert.run([row.srsName, row.srsId, row.organization, row.organizationCoordsysId, row.definition, row.description]);
    }
  } finally {
    insert.free();
  }
}

export function readApplicationId(db: Database): number {
  return Number(db.exec('PRAGMA application_id')[0]?.values[0]?.[0] ?? 0) >>> 0;
}

export function tableExists(db: Database, name: string): boolean {
  const statement = db.prepare("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?");
  try {
    statement.bind([name]);
    return statement.step();
  } finally {
    statement.free();
  }
}

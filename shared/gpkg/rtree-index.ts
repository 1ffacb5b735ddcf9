// Foreign GeoPackages often carry a gpkg_rtree_index: an R*Tree virtual table `rtree_<table>_<geom>` with three
// shadow tables, kept up to date by triggers that call ST_IsEmpty/ST_MinX/… (functions GDAL and QGIS define).
// sql.js is built without the RTREE module and without those functions, so any write to such a table fails.
// Landlink removes the index on open instead of shipping a second, R*Tree-capable SQLite build: it keeps one
// well-maintained sql.js, the app's spatial queries use an in-memory index anyway, and GDAL/QGIS read a file
// without an R*Tree cleanly (QGIS offers to rebuild it). Removal is recorded in landlink_meta by the caller.
import type { Database } from 'sql.js';
import { tableExists } from './core-tables';
import { quoteIdentifier } from './sql-identifier';

export interface SpatialIndexRef {
  readonly table: string;
  readonly column: string;
  readonly virtualTable: string;
}

/** The R*Tree spatial indexes present in the file: registered in gpkg_extensions, or found by name in sqlite_master. */
export function findSpatialIndexes(db: Database): SpatialIndexRef[] {
  const found = new Map<string, SpatialIndexRef>();
  const registered = tableExists(db, 'gpkg_extensions')
    ? db.exec("SELECT table_name, column_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND table_name IS NOT NULL AND column_name IS NOT NULL")
    : [];
  for (const [table, column] of registered[0]?.values ?? []) {
    const virtualTable = `rtree_${String(table)}_${String(column)}`;
    found.set(virtualTable, { table: String(table), column: String(column), virtualTable });
  }
  // An index may exist without its gpkg_extensions row (older writers): find virtual tables using rtree.
  const virtuals = db.exec("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' AND lower(sql) LIKE '%using rtree%'");
  const geometryColumns = tableExists(db, 'gpkg_geometry_columns') ? (db.exec('SELECT table_name, column_name FROM gpkg_geometry_columns')[0]?.values ?? []) : [];
  for (const [name] of virtuals[0]?.values ?? []) {
    const virtualTable = String(name);
    if (found.has(virtualTable)) continue;
    const owner = geometryColumns.find(([t, c]) => `rtree_${String(t)}_${String(c)}` === virtualTable);
    found.set(virtualTable, { table: owner ? String(owner[0]) : '', column: owner ? String(owner[1]) : '', virtualTable });
  }
  return [...found.values()];
}

/**
 * Drops every R*Tree spatial index: triggers, shadow tables, the virtual table's schema row and the gpkg_extensions
 * rows. Returns the removed indexes. The database must be reopened afterwards (see `reopenAfterSchemaEdit`) because
 * SQLite's in-memory schema still lists the virtual table until then.
 */
export function dropSpatialIndexes(db: Database): SpatialIndexRef[] {
  const indexes = findSpatialIndexes(db);
  if (indexes.length === 0) return [];
  db.exec('SAVEPOINT landlink_drop_rtree');
  try {
    for (const index of indexes) {
      const prefix = `${index.virtualTable}_`;
      const triggers = db.exec("SELECT name FROM sqlite_master WHERE type = 'trigger' AND substr(name, 1, ?) = ?", [prefix.length, prefix]);
      for (const [name] of triggers[0]?.values ?? []) db.exec(`DROP TRIGGER IF EXISTS ${quoteIdentifier(String(name))}`);
      for (const shadow of ['node', 'parent', 'rowid']) db.exec(`DROP TABLE IF EXISTS ${quoteIdentifier(`${index.virtualTable}_${shadow}`)}`);
      if (tableExists(db, 'gpkg_extensions')) db.run("DELETE FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND table_name = ? AND column_name = ?", [index.table, index.column]);
    }
    // The virtual table has no pages of its own (rootpage 0), so removing its schema row leaves nothing orphaned.
    db.exec('PRAGMA writable_schema = ON');
    for (const index of indexes) db.run("DELETE FROM sqlite_master WHERE type = 'table' AND name = ?", [index.virtualTable]);
    db.exec('PRAGMA writable_schema = OFF');
    db.exec('RELEASE landlink_drop_rtree');
  } catch (error) {
    db.exec('PRAGMA writable_schema = OFF');
    db.exec('ROLLBACK TO landlink_drop_rtree');
    db.exec('RELEASE landlink_drop_rtree');
    throw error;
  }
  return indexes;
}

// Which layers' gpkg_contents extents may be out of date. Refreshing an extent reads every geometry of the layer,
// which at 100,000 parcels costs more than the rest of a save; yet most changes cannot make it wrong: Landlink's
// own inserts grow the extent as they go, and an attribute edit leaves it as it is. Temporary triggers (they live
// in this connection only and are never written to the file, so QGIS and GDAL see nothing) note every other
// geometry change, whoever makes it: an insert by other code, a moved or deleted feature. A layer without the
// triggers (a file just opened, a table added since) counts as out of date, so a forgotten case costs time, never
// a wrong extent.
import type { Database } from 'sql.js';
import { listGeometryColumns } from './contents';
import { quoteIdentifier } from './sql-identifier';

const STALE_TABLE = 'temp.landlink_stale_extents';

function triggerName(table: string, event: 'insert' | 'update' | 'delete'): string {
  return `landlink_extent_${event}_${table}`;
}

/**
 * Installs the tracking triggers on every features table and takes the current extents as up to date: call it on a
 * new project, and after the extents have been refreshed (sql.js's export reopens the connection, dropping them).
 */
export function trackExtentChanges(db: Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS landlink_stale_extents (table_name TEXT PRIMARY KEY)`);
  db.exec(`DELETE FROM ${STALE_TABLE}`);
  for (const { table, column } of listGeometryColumns(db)) {
    const mark = `INSERT OR IGNORE INTO ${STALE_TABLE} (table_name) VALUES (${quoteLiteral(table)})`;
    const unmarked = `NOT EXISTS (SELECT 1 FROM ${STALE_TABLE} WHERE table_name = ${quoteLiteral(table)})`;
    const target = `main.${quoteIdentifier(table)}`;
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdentifier(triggerName(table, 'insert'))} AFTER INSERT ON ${target} WHEN ${unmarked} BEGIN ${mark}; END`);
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdentifier(triggerName(table, 'update'))} AFTER UPDATE OF ${quoteIdentifier(column)} ON ${target} WHEN ${unmarked} BEGIN ${mark}; END`);
    db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS ${quoteIdentifier(triggerName(table, 'delete'))} AFTER DELETE ON ${target} WHEN ${unmarked} BEGIN ${mark}; END`);
  }
}

/** True unless the layer is tracked and nothing has changed its geometries since its extent was last made right. */
export function extentMayBeStale(db: Database, table: string): boolean {
  const tracked = db.exec(`SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger' AND name IN (?, ?, ?)`, [
    triggerName(table, 'insert'),
    triggerName(table, 'update'),
    triggerName(table, 'delete'),
  ]);
  if (Number(tracked[0]?.values[0]?.[0] ?? 0) !== 3) return true;
  return db.exec(`SELECT 1 FROM ${STALE_TABLE} WHERE table_name = ?`, [table]).length > 0;
}

/** For a writer that has grown the extent itself (insertFeatures): its own inserts leave the extent right. */
export function markExtentCurrent(db: Database, table: string): void {
  if (db.exec(`SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = 'landlink_stale_extents'`).length === 0) return;
  db.run(`DELETE FROM ${STALE_TABLE} WHERE table_name = ?`, [table]);
}

function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

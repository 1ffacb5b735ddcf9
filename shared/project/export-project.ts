// The bytes to save: extents in gpkg_contents brought up to date first (GDAL and QGIS zoom to them; only layers
// whose geometries may have moved, see extent-tracking.ts), then the whole database. The caller writes them atomically (shared/node/atomic-write-file.ts or the Host).
import type { Database } from 'sql.js';
import { listGeometryColumns, refreshContentsExtent } from '../gpkg/contents';
import { extentMayBeStale, trackExtentChanges } from '../gpkg/extent-tracking';

export function exportProject(db: Database): Uint8Array {
  for (const { table, column } of listGeometryColumns(db)) if (extentMayBeStale(db, table)) refreshContentsExtent(db, table, column);
  const bytes = db.export();
  // sql.js's export closes and reopens the connection, which drops the temporary tracking triggers.
  trackExtentChanges(db);
  return bytes;
}

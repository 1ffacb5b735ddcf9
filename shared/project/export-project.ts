// The bytes to save: extents in gpkg_contents brought up to date first (GDAL and QGIS zoom to them), then the
// whole database. The caller writes them atomically (shared/node/atomic-write-file.ts or the Host).
import type { Database } from 'sql.js';
import { listGeometryColumns, refreshContentsExtent } from '../gpkg/contents';

export function exportProject(db: Database): Uint8Array {
  for (const { table, column } of listGeometryColumns(db)) refreshContentsExtent(db, table, column);
  return db.export();
}

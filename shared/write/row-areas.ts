// Ellipsoidal areas of stored rows, from their geometry (never from the cached area_m2 column, which another tool
// may have changed), in the ledger's whole mm² units. A long-lived caller (the app's worker) keeps one cache per
// open project so that one edit re-reads only the rows it changed; every transaction forgets the rows it touched.
import { geometryArea } from '../domain/cached-area';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { areaUnits } from '../ledger/area-units';
import type { SqlValue } from 'sql.js';

export function areaUnitsOfBlob(blob: SqlValue | undefined): number {
  if (!(blob instanceof Uint8Array)) return 0;
  try {
    return areaUnits(geometryArea(decodeGeometryBlob(blob).geometry) ?? 0);
  } catch {
    return 0;
  }
}

export class RowAreaCache {
  private readonly tables = new Map<string, Map<number, number>>();

  get(table: string, rowid: number): number | undefined {
    return this.tables.get(table)?.get(rowid);
  }

  set(table: string, rowid: number, units: number): void {
    let rows = this.tables.get(table);
    if (!rows) this.tables.set(table, (rows = new Map()));
    rows.set(rowid, units);
  }

  /** Rows whose geometry may have changed. */
  forget(rows: Iterable<{ readonly table: string; readonly rowid: number }>): void {
    for (const row of rows) this.tables.get(row.table)?.delete(row.rowid);
  }

  clear(): void {
    this.tables.clear();
  }
}

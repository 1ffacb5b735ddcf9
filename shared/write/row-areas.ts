// Ellipsoidal areas of stored rows, from their geometry (never from the cached area_m2 column, which another tool
// may have changed), in the ledger's whole mm² units. A long-lived caller (the app's worker) keeps one cache per
// open project so that one edit re-reads only the rows it changed; every transaction forgets the rows it touched.
import type { SqlValue } from 'sql.js';
import { areaUnits } from '../ledger/area-units';
import { quotaAreaOfBlob } from '../ledger/geometry-blob-area';

/** A stored geometry's ellipsoidal area in whole mm²: the one measurement every quota figure is summed from. */
export function areaUnitsOfBlob(blob: SqlValue | undefined): number {
  return areaUnits(quotaAreaOfBlob(blob));
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
}

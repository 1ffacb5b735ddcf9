// The footer's Σ area: of the selected rows, or of every row that passes the filters when none is selected.
import { columnValue, type DisplayColumn } from './table-columns';
import type { TableRow } from './table-row';

export interface AreaSum {
  readonly mu: number;
  readonly rowCount: number;
  readonly of: 'selected' | 'filtered';
}

export function areaSum(rows: readonly TableRow[], visiblePositions: Uint32Array, selectedFids: ReadonlySet<number>, muColumn: DisplayColumn): AreaSum {
  let mu = 0;
  if (selectedFids.size > 0) {
    let count = 0;
    for (const row of rows) {
      if (!selectedFids.has(row.fid)) continue;
      const value = columnValue(muColumn, row);
      if (typeof value === 'number') mu += value;
      count++;
    }
    return { mu, rowCount: count, of: 'selected' };
  }
  for (const position of visiblePositions) {
    const value = columnValue(muColumn, rows[position]!);
    if (typeof value === 'number') mu += value;
  }
  return { mu, rowCount: visiblePositions.length, of: 'filtered' };
}

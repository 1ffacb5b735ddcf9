// Filtering the attribute table: a text per column (matched against what the cell shows and what is stored, so 验收,
// Accepted and accepted all find accepted parcels) and a set of statuses. Returns the positions of the rows that pass.
import { formatCell, type DisplayColumn } from './table-columns';
import type { UiLanguage } from './format-value';
import type { TableRow } from './table-row';

export interface RowFilters {
  /** Column id → text the cell must contain (case-insensitive). */
  readonly text: Readonly<Record<string, string>>;
  /** Status codes to keep; null or empty keeps every status. */
  readonly statuses: readonly string[] | null;
}

export const NO_FILTERS: RowFilters = { text: {}, statuses: null };

export function hasFilters(filters: RowFilters): boolean {
  return Boolean(filters.statuses?.length) || Object.values(filters.text).some((t) => t.trim() !== '');
}

export function filterPositions(rows: readonly TableRow[], columns: readonly DisplayColumn[], filters: RowFilters, language: UiLanguage): Uint32Array {
  const textTests = Object.entries(filters.text)
    .map(([id, text]) => ({ column: columns.find((c) => c.id === id), needle: text.trim().toLowerCase() }))
    .filter((t): t is { column: DisplayColumn; needle: string } => Boolean(t.column) && t.needle !== '');
  const statuses = filters.statuses?.length ? new Set(filters.statuses) : null;
  const kept = new Uint32Array(rows.length);
  let count = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (statuses && !statuses.has(String(row.status ?? ''))) continue;
    let pass = true;
    for (const { column, needle } of textTests) {
      const shown = formatCell(column, row, language).toLowerCase();
      if (shown.includes(needle)) continue;
      const stored = row[column.field];
      if (stored !== null && stored !== undefined && String(stored).toLowerCase().includes(needle)) continue;
      pass = false;
      break;
    }
    if (pass) kept[count++] = i;
  }
  return kept.slice(0, count);
}

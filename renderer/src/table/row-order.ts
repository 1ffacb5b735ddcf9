// Sorting the attribute table: returns row positions in order, never moves the rows themselves. Built for 200,000
// rows in well under 0.3 s: each row's key is read once into a Float64Array (numbers as they are, text and enums as
// ranks), then positions are sorted by that array. Empty values always go last; ties keep their previous order.
import { ENUMS } from '../../../shared/domain/enums';
import { columnValue, type DisplayColumn } from './table-columns';
import type { TableRow } from './table-row';

export interface SortSpec {
  readonly columnId: string;
  readonly desc: boolean;
}

/** Above this many distinct texts, locale-aware (pinyin) ordering is too slow for the UI thread: code points are used. */
const COLLATOR_LIMIT = 20_000;
const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

/** Position of each distinct text in sorted order. */
function textRanks(values: readonly (string | null)[]): Map<string, number> {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  const ascii = distinct.every((v) => /^[\x00-\x7f]*$/.test(v));
  if (ascii || distinct.length > COLLATOR_LIMIT) distinct.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  else distinct.sort(collator.compare);
  return new Map(distinct.map((value, rank) => [value, rank]));
}

/** One number per row that orders rows as the column should: NaN marks an empty value. */
export function sortKeys(rows: readonly TableRow[], column: DisplayColumn): Float64Array {
  const keys = new Float64Array(rows.length);
  const enumOrder = column.kind === 'enum' && column.schema?.enum ? Object.keys(ENUMS[column.schema.enum]) : null;
  if (column.numeric) {
    for (let i = 0; i < rows.length; i++) {
      const value = columnValue(column, rows[i]!);
      keys[i] = typeof value === 'number' ? value : NaN;
    }
    return keys;
  }
  const texts = rows.map((row) => {
    const value = columnValue(column, row);
    return value === null ? null : String(value);
  });
  // Enums sort in the order the domain defines (planned → in progress → … → filed), unknown codes after them.
  const ranks = enumOrder ? new Map(enumOrder.map((code, rank) => [code, rank])) : textRanks(texts);
  const unknownRanks = enumOrder ? textRanks(texts.filter((t) => t !== null && !ranks.has(t))) : null;
  for (let i = 0; i < rows.length; i++) {
    const text = texts[i] ?? null;
    if (text === null) keys[i] = NaN;
    else keys[i] = ranks.get(text) ?? (ranks.size + (unknownRanks?.get(text) ?? 0));
  }
  return keys;
}

/** Sorts `positions` (indices into `rows`) by `column`; returns a new array. */
export function sortPositions(rows: readonly TableRow[], positions: Uint32Array, column: DisplayColumn, desc: boolean): Uint32Array {
  const keys = sortKeys(rows, column);
  const sign = desc ? -1 : 1;
  const sorted = positions.slice();
  sorted.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const emptyA = ka !== ka;
    const emptyB = kb !== kb;
    if (emptyA || emptyB) return emptyA === emptyB ? a - b : emptyA ? 1 : -1;
    return ka === kb ? a - b : ka < kb ? -sign : sign;
  });
  return sorted;
}

/** Every row position in stored order. */
export function allPositions(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  for (let i = 0; i < count; i++) positions[i] = i;
  return positions;
}

// Sorting the attribute table: returns row positions in order, never moves the rows themselves. Built for 200,000
// rows in well under 0.3 s: each row's key is read once, numbers, enums and Chinese text into a Float64Array (text
// as its rank among the distinct values, so the slow locale-aware comparison runs once per distinct value), plain
// ASCII text (codes) compared directly. Empty values always go last; ties keep their previous order.
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
const ASCII = /^[\x00-\x7f]*$/;

/** Position of each distinct text in sorted order. */
function textRanks(values: readonly (string | null)[]): Map<string, number> {
  const distinct = [...new Set(values.filter((v): v is string => v !== null))];
  // The default sort compares UTF-16 code units natively, much faster than any comparator function.
  if (distinct.length > COLLATOR_LIMIT || distinct.every((v) => ASCII.test(v))) distinct.sort();
  else distinct.sort(collator.compare);
  return new Map(distinct.map((value, rank) => [value, rank]));
}

function texts(rows: readonly TableRow[], column: DisplayColumn): (string | null)[] {
  return rows.map((row) => {
    const value = columnValue(column, row);
    return value === null ? null : String(value);
  });
}

/** One number per row that orders rows as the column should: NaN marks an empty value. */
export function sortKeys(rows: readonly TableRow[], column: DisplayColumn, values: readonly (string | null)[] | null = null): Float64Array {
  const keys = new Float64Array(rows.length);
  if (column.numeric) {
    for (let i = 0; i < rows.length; i++) {
      const value = columnValue(column, rows[i]!);
      keys[i] = typeof value === 'number' ? value : NaN;
    }
    return keys;
  }
  const text = values ?? texts(rows, column);
  // Enums sort in the order the domain defines (planned → in progress → … → filed), unknown codes after them.
  const enumOrder = column.kind === 'enum' && column.schema?.enum ? Object.keys(ENUMS[column.schema.enum]) : null;
  const ranks = enumOrder ? new Map(enumOrder.map((code, rank) => [code, rank])) : textRanks(text);
  const unknownRanks = enumOrder ? textRanks(text.filter((t) => t !== null && !ranks.has(t))) : null;
  for (let i = 0; i < rows.length; i++) {
    const value = text[i] ?? null;
    keys[i] = value === null ? NaN : (ranks.get(value) ?? ranks.size + (unknownRanks?.get(value) ?? 0));
  }
  return keys;
}

function byText(values: readonly (string | null)[], sign: number): (a: number, b: number) => number {
  return (a, b) => {
    const ta = values[a]!;
    const tb = values[b]!;
    if (ta === null || tb === null) return ta === tb ? a - b : ta === null ? 1 : -1;
    return ta === tb ? a - b : ta < tb ? -sign : sign;
  };
}

function byKey(keys: Float64Array, sign: number): (a: number, b: number) => number {
  return (a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const emptyA = ka !== ka;
    const emptyB = kb !== kb;
    if (emptyA || emptyB) return emptyA === emptyB ? a - b : emptyA ? 1 : -1;
    return ka === kb ? a - b : ka < kb ? -sign : sign;
  };
}

/** Sorts `positions` (indices into `rows`) by `column`; returns a new array. */
export function sortPositions(rows: readonly TableRow[], positions: Uint32Array, column: DisplayColumn, desc: boolean): Uint32Array {
  const sign = desc ? -1 : 1;
  const sorted = positions.slice();
  if (!column.numeric && column.kind !== 'enum') {
    const values = texts(rows, column);
    // Codes and dates (ASCII) compare directly: cheaper than ranking 200,000 distinct values first.
    if (values.every((v) => v === null || ASCII.test(v))) return sorted.sort(byText(values, sign));
    return sorted.sort(byKey(sortKeys(rows, column, values), sign));
  }
  return sorted.sort(byKey(sortKeys(rows, column), sign));
}

/** Every row position in stored order. */
export function allPositions(count: number): Uint32Array {
  const positions = new Uint32Array(count);
  for (let i = 0; i < count; i++) positions[i] = i;
  return positions;
}

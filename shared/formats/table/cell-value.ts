// One cell of a CSV or XLSX table as Landlink keeps it. CSV cells are all text: numbers are recognised, but codes
// with leading zeros (0103 旱地) and long digit strings (ID and parcel numbers) stay text, as people meant them.
export type CellValue = string | number | boolean | null;

const PLAIN_NUMBER = /^[-+]?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?$/;
const DECIMAL_FRACTION = /^[-+]?0?\.\d+$/;

export function typedCell(text: string): CellValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if ((PLAIN_NUMBER.test(trimmed) && trimmed.replace(/[-+.]|[eE].*$/g, '').length <= 15) || DECIMAL_FRACTION.test(trimmed)) return Number(trimmed);
  return text;
}

/** A cell as a number, when it holds one (text such as "4312345.678" or " 38512345,6 " counts). */
export function numericCell(value: CellValue): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/,(\d+)$/, '.$1');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** The text of a header cell, for matching against known names. */
export function headerKey(value: CellValue): string {
  return String(value ?? '')
    .toLowerCase()
    .replace(/[（(][^）)]*[）)]/g, '') // units such as (m), （米）
    .replace(/[\s_\-:：.。]/g, '');
}

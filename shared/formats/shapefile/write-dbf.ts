// The .dbf attribute table (dBASE III, as GDAL and ArcGIS read it): typed fields C (text), N (integers), F (reals),
// D (dates) and L (true/false); text in UTF-8 or GBK, cut to 254 bytes at a character boundary. The language byte
// says 0x4D (code page 936) for GBK so that tools without the .cpg still read it right.
import { encodeText, type TextEncodingName } from '../text/encode-text';
import { truncateToBytes } from './dbf-field-names';

export type DbfFieldKind = 'text' | 'integer' | 'real' | 'date' | 'boolean';

export interface DbfFieldSpec {
  /** Property name in the features. */
  readonly property: string;
  /** Name written in the file (≤ 10 bytes, see dbf-field-names.ts). */
  readonly name: string;
  readonly kind: DbfFieldKind;
}

const MAX_TEXT_BYTES = 254;
const REAL_WIDTH = 24;
const REAL_DECIMALS = 15;

/** The kind that holds every value of a property: booleans, dates (YYYY-MM-DD), integers, reals, else text. */
export function inferFieldKind(values: readonly unknown[]): DbfFieldKind {
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  if (present.length === 0) return 'text';
  if (present.every((v) => typeof v === 'boolean')) return 'boolean';
  if (present.every((v) => typeof v === 'number' && Number.isFinite(v))) return present.every((v) => Number.isSafeInteger(v) && Math.abs(v as number) < 1e17) ? 'integer' : 'real';
  if (present.every((v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'date';
  return 'text';
}

function realText(value: number): string {
  const integerDigits = Math.max(1, Math.floor(Math.log10(Math.max(1, Math.abs(value)))) + 1) + (value < 0 ? 1 : 0);
  const decimals = Math.max(0, Math.min(REAL_DECIMALS, REAL_WIDTH - integerDigits - 1));
  const text = value.toFixed(decimals);
  return text.length <= REAL_WIDTH ? text : value.toExponential(REAL_WIDTH - 8);
}

function cellText(value: unknown, kind: DbfFieldKind): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  switch (kind) {
    case 'integer': return typeof value === 'number' && Number.isFinite(value) ? String(Math.round(value)) : undefined;
    case 'real': return typeof value === 'number' && Number.isFinite(value) ? realText(value) : undefined;
    case 'date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10).replace(/-/g, '') : undefined;
    case 'boolean': return value === true || value === 1 || value === 'true' ? 'T' : value === false || value === 0 || value === 'false' ? 'F' : undefined;
    case 'text': return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

export interface DbfWriteResult {
  readonly bytes: Uint8Array;
  /** Properties whose text was cut to 254 bytes. */
  readonly truncated: string[];
}

export function writeDbf(records: readonly Readonly<Record<string, unknown>>[], fields: readonly DbfFieldSpec[], encoding: TextEncodingName): DbfWriteResult {
  const truncated = new Set<string>();
  // Encode every cell first: the field widths depend on the longest value.
  const cells: (Uint8Array | undefined)[][] = records.map((record) =>
    fields.map((f) => {
      const text = cellText(record[f.property], f.kind);
      if (text === undefined) return undefined;
      if (f.kind !== 'text') return encodeText(text, 'utf-8');
      const bytes = encodeText(text, encoding);
      if (bytes.length <= MAX_TEXT_BYTES) return bytes;
      truncated.add(f.property);
      return truncateToBytes(text, MAX_TEXT_BYTES, encoding).bytes;
    }),
  );
  const widths = fields.map((f, i) => {
    if (f.kind === 'date') return 8;
    if (f.kind === 'boolean') return 1;
    if (f.kind === 'real') return REAL_WIDTH;
    let width = 1;
    for (const row of cells) width = Math.max(width, row[i]?.length ?? 0);
    return f.kind === 'integer' ? Math.max(width, 1) : Math.min(width, MAX_TEXT_BYTES);
  });
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const bytes = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(bytes.buffer);
  const now = new Date();
  bytes[0] = 0x03;
  bytes[1] = now.getUTCFullYear() - 1900;
  bytes[2] = now.getUTCMonth() + 1;
  bytes[3] = now.getUTCDate();
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  bytes[29] = encoding === 'gbk' ? 0x4d : 0x00;
  fields.forEach((f, i) => {
    const at = 32 + 32 * i;
    bytes.set(encodeText(f.name, encoding).subarray(0, 10), at);
    bytes[at + 11] = { text: 0x43, integer: 0x4e, real: 0x46, date: 0x44, boolean: 0x4c }[f.kind];
    bytes[at + 16] = widths[i]!;
    bytes[at + 17] = f.kind === 'real' ? REAL_DECIMALS : 0;
  });
  bytes[headerLength - 1] = 0x0d;
  let at = headerLength;
  for (const row of cells) {
    bytes[at++] = 0x20;
    fields.forEach((f, i) => {
      const width = widths[i]!;
      bytes.fill(0x20, at, at + width);
      const cell = row[i];
      if (cell === undefined) {
        if (f.kind === 'boolean') bytes[at] = 0x3f; // '?': unknown
      } else if (f.kind === 'text') bytes.set(cell, at);
      else bytes.set(cell.subarray(0, width), at + width - Math.min(width, cell.length)); // numbers right-aligned
      at += width;
    });
  }
  bytes[at] = 0x1a;
  return { bytes, truncated: [...truncated] };
}

// The .dbf attribute table (dBASE III/IV as written by ArcGIS, QGIS and GDAL): typed fields, text in the encoding
// chosen by dbf-encoding.ts. Deleted records are skipped.
import { FormatReadError } from '../read-error';
import type { ReadProperties } from '../read-result';
import { chooseDbfEncoding, type EncodingChoice } from './dbf-encoding';

interface DbfField {
  readonly nameBytes: Uint8Array;
  readonly type: string;
  readonly offset: number;
  readonly length: number;
}

export interface DbfTable {
  readonly records: (ReadProperties | undefined)[];
  readonly fieldNames: string[];
  readonly encoding: EncodingChoice;
}

/** Field bytes as a string of one char per byte; dBASE fields are at most 255 bytes, well inside apply's limit. */
function byteString(bytes: Uint8Array): string {
  return String.fromCharCode.apply(null, bytes as unknown as number[]);
}

/**
 * Text values decoded once per distinct byte sequence: a county's DBF repeats a few dozen village names and land
 * classes across 100,000 records, and a TextDecoder call costs far more than a map lookup. Plain ASCII needs no
 * decoder at all (it reads the same in GBK and UTF-8).
 */
function cachingDecoder(decoder: InstanceType<typeof TextDecoder>): (raw: Uint8Array) => string {
  const MAX_ENTRIES = 65_536;
  const cache = new Map<string, string>();
  return (raw) => {
    const key = byteString(raw);
    if (!/[\x80-\xff]/.test(key)) return key;
    let text = cache.get(key);
    if (text === undefined) {
      text = decoder.decode(raw);
      if (cache.size < MAX_ENTRIES) cache.set(key, text);
    }
    return text;
  };
}

function trimBytes(bytes: Uint8Array): Uint8Array {
  let start = 0, end = bytes.length;
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0)) end--;
  while (start < end && bytes[start] === 0x20) start++;
  return bytes.subarray(start, end);
}

export function readDbf(bytes: Uint8Array, options: { cpg?: string; encoding?: string; name?: string } = {}): DbfTable {
  const name = options.name ?? 'the .dbf file';
  if (bytes.byteLength < 32) throw new FormatReadError(`${name} is too short to be a dBASE table; copy it again from its source.`, `${name} 过短，不是有效的 dBASE 表；请重新拷贝。`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const languageDriver = bytes[29]!;
  const fields: DbfField[] = [];
  let fieldOffset = 1;
  for (let at = 32; at + 32 <= headerLength && at < bytes.byteLength && bytes[at] !== 0x0d; at += 32) {
    const raw = bytes.subarray(at, at + 11);
    const zero = raw.indexOf(0);
    const length = bytes[at + 16]!;
    fields.push({ nameBytes: raw.subarray(0, zero < 0 ? 11 : zero), type: String.fromCharCode(bytes[at + 11]!), offset: fieldOffset, length });
    fieldOffset += length;
  }
  if (headerLength > bytes.byteLength || recordLength < 1)
    throw new FormatReadError(`${name} has a damaged header; copy it again from its source.`, `${name} 文件头已损坏；请重新拷贝。`);
  const available = Math.floor((bytes.byteLength - headerLength) / recordLength);
  const count = Math.min(recordCount, available);

  // Gathered only when neither the .cpg, the option nor the language byte decides the encoding.
  const textChunks = (): Uint8Array[] => {
    const chunks: Uint8Array[] = fields.map((f) => f.nameBytes);
    for (let r = 0; r < count; r++) {
      const base = headerLength + r * recordLength;
      for (const f of fields) if (f.type === 'C') chunks.push(trimBytes(bytes.subarray(base + f.offset, base + f.offset + f.length)));
    }
    return chunks;
  };
  const encoding = chooseDbfEncoding({ ...(options.cpg !== undefined ? { cpg: options.cpg } : {}), ...(options.encoding ? { override: options.encoding } : {}), languageDriver, textChunks });
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding.name);
  } catch {
    throw new FormatReadError(`The text encoding "${encoding.name}" is not one Landlink can read; give --encoding UTF-8 or --encoding GBK.`, `无法识别文本编码“${encoding.name}”；请指定 --encoding UTF-8 或 --encoding GBK。`);
  }
  const fieldNames = fields.map((f) => decoder.decode(f.nameBytes).trim());
  const decodeText = cachingDecoder(decoder);
  const records: (ReadProperties | undefined)[] = [];
  for (let r = 0; r < count; r++) {
    const base = headerLength + r * recordLength;
    if (bytes[base] === 0x2a) {
      records.push(undefined); // deleted: keeps record numbers aligned with the .shp
      continue;
    }
    const properties: ReadProperties = {};
    fields.forEach((f, i) => {
      const raw = trimBytes(bytes.subarray(base + f.offset, base + f.offset + f.length));
      const key = fieldNames[i]!;
      if (f.type === 'C') properties[key] = decodeText(raw);
      else if (f.type === 'M') properties[key] = byteString(raw);
      else if (f.type === 'N' || f.type === 'F') {
        const text = byteString(raw).trim();
        // An overflowed number is written as asterisks; Number() makes NaN of it like of any other junk.
        const value = text === '' ? null : Number(text);
        properties[key] = value === null || Number.isNaN(value) ? null : value;
      } else if (f.type === 'L') {
        const c = byteString(raw).toUpperCase();
        properties[key] = 'YT'.includes(c) && c !== '' ? true : 'NF'.includes(c) && c !== '' ? false : null;
      } else if (f.type === 'D') {
        const text = byteString(raw).trim();
        properties[key] = /^\d{8}$/.test(text) ? `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}` : null;
      } else properties[key] = byteString(raw).trim() || null;
    });
    records.push(properties);
  }
  return { records, fieldNames, encoding };
}

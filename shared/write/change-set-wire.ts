// A change set as text, to keep in a table (a sync log) or send over the wire: JSON, one object per row change, in
// the spirit of Kart's JSON patches and geodiff's changesets. Numbers, text and null are JSON values; geometry is
// WKB in hex with its SRS id ({"$wkb": "0106…", "srs": 4490}), readable by any GIS tool; other blobs are base64
// ({"$blob": "…"}). Decoding rebuilds each geometry as the GeoPackage blob Landlink writes (little-endian header
// with an XY envelope), so a change set Landlink made comes back byte for byte.
import type { StoredValue } from '../domain/validate-value';
import { decodeGeometryBlob, encodeGeometryBlob } from '../gpkg/geometry-blob';
import type { ChangeOp, ChangeSet, RowChange, RowValues } from './change-set';

export const CHANGE_SET_FORMAT = 'landlink-changeset/1';

type WireValue = string | number | null | { $wkb: string; srs: number } | { $blob: string };

interface WireChange {
  table: string;
  rowid: number;
  code: string | null;
  op: ChangeOp;
  before: Record<string, WireValue> | null;
  after: Record<string, WireValue> | null;
}

export class ChangeSetFormatError extends Error {
  override readonly name = 'ChangeSetFormatError';
}

export function encodeChangeSet(changeSet: ChangeSet): string {
  const changes: WireChange[] = changeSet.changes.map((c) => ({ table: c.table, rowid: c.rowid, code: c.code, op: c.op, before: encodeValues(c.before), after: encodeValues(c.after) }));
  return JSON.stringify({ format: CHANGE_SET_FORMAT, changes });
}

export function decodeChangeSet(text: string): ChangeSet {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new ChangeSetFormatError('the change set is not valid JSON');
  }
  const root = parsed as { format?: unknown; changes?: unknown };
  if (!root || root.format !== CHANGE_SET_FORMAT || !Array.isArray(root.changes)) throw new ChangeSetFormatError(`the change set is not in the ${CHANGE_SET_FORMAT} format`);
  const changes: RowChange[] = root.changes.map((raw, index) => {
    const c = raw as Partial<WireChange>;
    if (typeof c.table !== 'string' || typeof c.rowid !== 'number' || !['insert', 'update', 'delete'].includes(String(c.op))) throw new ChangeSetFormatError(`change ${index + 1} lacks its table, row id or operation`);
    return { table: c.table, rowid: c.rowid, code: typeof c.code === 'string' ? c.code : null, op: c.op as ChangeOp, before: decodeValues(c.before ?? null), after: decodeValues(c.after ?? null) };
  });
  return { changes };
}

function encodeValues(values: RowValues | null): Record<string, WireValue> | null {
  if (!values) return null;
  const out: Record<string, WireValue> = {};
  for (const [name, value] of Object.entries(values)) out[name] = encodeValue(value);
  return out;
}

function encodeValue(value: StoredValue): WireValue {
  if (!(value instanceof Uint8Array)) return value;
  if (value.length >= 8 && value[0] === 0x47 && value[1] === 0x50) {
    try {
      const decoded = decodeGeometryBlob(value);
      const wkbOffset = 8 + [0, 32, 48, 48, 64][(value[3]! >> 1) & 0x7]!;
      if (!decoded.empty) return { $wkb: hex(value.subarray(wkbOffset)), srs: decoded.srsId };
    } catch {
      // not a readable geometry: kept as an opaque blob
    }
  }
  return { $blob: base64(value) };
}

function decodeValues(values: Record<string, WireValue> | null): RowValues | null {
  if (!values) return null;
  const out: Record<string, StoredValue> = {};
  for (const [name, value] of Object.entries(values)) out[name] = decodeValue(value);
  return out;
}

function decodeValue(value: WireValue): StoredValue {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if ('$wkb' in value) {
    // Through the GeoPackage writer: the blob gets the header and envelope every Landlink geometry carries.
    const wkb = fromHex(value.$wkb);
    const probe = new Uint8Array(8 + wkb.length);
    probe.set([0x47, 0x50, 0, 1, 0, 0, 0, 0]);
    new DataView(probe.buffer).setInt32(4, value.srs, true);
    probe.set(wkb, 8);
    return encodeGeometryBlob(decodeGeometryBlob(probe).geometry, value.srs);
  }
  return fromBase64(value.$blob);
}

function hex(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte.toString(16).padStart(2, '0');
  return text;
}

function fromHex(text: string): Uint8Array {
  if (!/^([0-9a-f]{2})*$/i.test(text)) throw new ChangeSetFormatError('a geometry in the change set is not hexadecimal WKB');
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a, b, c] = [bytes[i]!, bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    text += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (b === undefined ? '=' : ALPHABET[(n >> 6) & 63]!) + (c === undefined ? '=' : ALPHABET[n & 63]!);
  }
  return text;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new ChangeSetFormatError('a blob in the change set is not base64');
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

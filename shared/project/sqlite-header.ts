// Checks on the 100-byte SQLite header made before handing bytes to SQLite, so that "this is not a database" and
// "this database was cut short" (a half-copied file, a truncated download) get their own clear messages.
export type HeaderVerdict = { ok: true } | { ok: false; reason: 'not-sqlite' | 'truncated'; detail: string };

const MAGIC = 'SQLite format 3\u0000';

export function checkSqliteHeader(bytes: Uint8Array): HeaderVerdict {
  if (bytes.length < 100 || String.fromCharCode(...bytes.subarray(0, 16)) !== MAGIC) {
    return { ok: false, reason: 'not-sqlite', detail: bytes.length === 0 ? 'the file is empty' : 'the file does not start with the SQLite signature' };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return { ok: false, reason: 'not-sqlite', detail: `the header gives an impossible page size ${rawPageSize}` };
  if (bytes.length % pageSize !== 0) {
    return { ok: false, reason: 'truncated', detail: `its size (${bytes.length} bytes) is not a whole number of ${pageSize}-byte pages` };
  }
  // The in-header page count is trustworthy only when "version-valid-for" equals the change counter.
  const changeCounter = view.getUint32(24);
  const pageCount = view.getUint32(28);
  const validFor = view.getUint32(92);
  if (validFor === changeCounter && pageCount > 0 && pageCount * pageSize > bytes.length) {
    return { ok: false, reason: 'truncated', detail: `it holds ${bytes.length / pageSize} of its ${pageCount} pages` };
  }
  return { ok: true };
}

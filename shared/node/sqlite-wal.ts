// Replays an SQLite write-ahead log (`<db>-wal`) onto the database's bytes, as SQLite does when it opens a file that
// another program (Python's sqlite3, QGIS, GDAL) left in WAL mode without a checkpoint. sql.js reads only the main
// file, so without this the committed changes in the log are invisible to Landlink and, worse, get replayed by the
// next program over what Landlink saved. Follows the WAL format of SQLite's own file-format document: only frames
// whose salts and cumulative checksums are valid, up to the last commit frame, count.

export interface WalReplay {
  /** The database as SQLite would see it after a checkpoint. */
  readonly bytes: Uint8Array;
  /** Committed frames applied (0 when the log held nothing committed). */
  readonly frames: number;
}

const WAL_HEADER = 32;
const FRAME_HEADER = 24;

export function replayWal(database: Uint8Array, wal: Uint8Array): WalReplay {
  if (wal.length < WAL_HEADER) return { bytes: database, frames: 0 };
  const view = new DataView(wal.buffer, wal.byteOffset, wal.byteLength);
  const magic = view.getUint32(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return { bytes: database, frames: 0 };
  const bigEndian = magic === 0x377f0683;
  const pageSize = view.getUint32(8) === 1 ? 65536 : view.getUint32(8);
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) return { bytes: database, frames: 0 };
  const salt1 = view.getUint32(16);
  const salt2 = view.getUint32(20);
  let sum = checksum(wal, 0, 24, [0, 0], bigEndian);
  if (sum[0] !== view.getUint32(24) || sum[1] !== view.getUint32(28)) return { bytes: database, frames: 0 };

  // Pages of the committed transactions, latest version winning; pages of an uncommitted tail are dropped.
  const committed = new Map<number, number>();
  const pending = new Map<number, number>();
  let committedPages = 0;
  let frames = 0;
  let pendingFrames = 0;
  for (let offset = WAL_HEADER; offset + FRAME_HEADER + pageSize <= wal.length; offset += FRAME_HEADER + pageSize) {
    if (view.getUint32(offset + 8) !== salt1 || view.getUint32(offset + 12) !== salt2) break;
    sum = checksum(wal, offset, 8, sum, bigEndian);
    sum = checksum(wal, offset + FRAME_HEADER, pageSize, sum, bigEndian);
    if (sum[0] !== view.getUint32(offset + 16) || sum[1] !== view.getUint32(offset + 20)) break;
    const page = view.getUint32(offset);
    if (page === 0) break;
    pending.set(page, offset + FRAME_HEADER);
    pendingFrames++;
    const sizeAfterCommit = view.getUint32(offset + 4);
    if (sizeAfterCommit > 0) {
      for (const [p, o] of pending) committed.set(p, o);
      pending.clear();
      committedPages = sizeAfterCommit;
      frames += pendingFrames;
      pendingFrames = 0;
    }
  }
  if (frames === 0) return { bytes: database, frames: 0 };

  const out = new Uint8Array(committedPages * pageSize);
  out.set(database.subarray(0, Math.min(database.length, out.length)));
  for (const [page, offset] of committed) {
    if (page <= committedPages) out.set(wal.subarray(offset, offset + pageSize), (page - 1) * pageSize);
  }
  return { bytes: out, frames };
}

function checksum(bytes: Uint8Array, start: number, length: number, seed: readonly [number, number], bigEndian: boolean): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let s0 = seed[0];
  let s1 = seed[1];
  for (let i = start; i < start + length; i += 8) {
    s0 = (s0 + view.getUint32(i, !bigEndian) + s1) >>> 0;
    s1 = (s1 + view.getUint32(i + 4, !bigEndian) + s0) >>> 0;
  }
  return [s0, s1];
}

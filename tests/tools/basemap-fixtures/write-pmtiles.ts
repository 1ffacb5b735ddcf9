// A minimal PMTiles v3 writer for Landlink's basemap fixtures. GDAL on Debian (3.6) cannot write PMTiles (that
// came in 3.8) and the pmtiles package only reads, so the fixtures are converted from GDAL-made MBTiles here.
// One root directory (fixtures are small), no leaf directories, no internal compression, tiles clustered by id.
import { zxyToTileId } from 'pmtiles';

export interface PmtilesTile {
  readonly z: number;
  readonly x: number;
  /** XYZ row (0 at the top), not the TMS row of MBTiles. */
  readonly y: number;
  readonly data: Uint8Array;
}

export interface PmtilesArchive {
  /** 1 = MVT, 2 = PNG, 3 = JPEG, 4 = WebP. */
  readonly tileType: 1 | 2 | 3 | 4;
  /** 1 = none, 2 = gzip (MVT tiles from GDAL's MBTiles are gzipped). */
  readonly tileCompression: 1 | 2;
  /** [west, south, east, north] in degrees. */
  readonly bounds: readonly [number, number, number, number];
  readonly metadata: Record<string, unknown>;
  readonly tiles: readonly PmtilesTile[];
}

const HEADER_LENGTH = 127;

function pushVarint(out: number[], value: number): void {
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

interface DirectoryEntry {
  readonly tileId: number;
  readonly offset: number;
  readonly length: number;
}

/** The directory encoding of the PMTiles v3 spec: ids as deltas, run lengths, lengths, then offsets (0 = contiguous). */
function encodeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const out: number[] = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    pushVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const _entry of entries) pushVarint(out, 1);
  for (const entry of entries) pushVarint(out, entry.length);
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    pushVarint(out, previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(out);
}

export function writePmtiles(archive: PmtilesArchive): Uint8Array {
  const sorted = archive.tiles.map((tile) => ({ tile, tileId: zxyToTileId(tile.z, tile.x, tile.y) })).sort((a, b) => a.tileId - b.tileId);
  const entries: DirectoryEntry[] = [];
  let offset = 0;
  for (const { tile, tileId } of sorted) {
    entries.push({ tileId, offset, length: tile.data.byteLength });
    offset += tile.data.byteLength;
  }
  const directory = encodeDirectory(entries);
  const metadata = new TextEncoder().encode(JSON.stringify(archive.metadata));
  const rootOffset = HEADER_LENGTH;
  const metadataOffset = rootOffset + directory.byteLength;
  const tileDataOffset = metadataOffset + metadata.byteLength;
  const total = tileDataOffset + offset;
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  const u64 = (at: number, value: number): void => view.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, directory.byteLength);
  u64(24, metadataOffset);
  u64(32, metadata.byteLength);
  u64(40, 0);
  u64(48, 0);
  u64(56, tileDataOffset);
  u64(64, offset);
  u64(72, sorted.length);
  u64(80, sorted.length);
  u64(88, sorted.length);
  bytes[96] = 1; // clustered
  bytes[97] = 1; // internal compression: none
  bytes[98] = archive.tileCompression;
  bytes[99] = archive.tileType;
  const zooms = sorted.map((s) => s.tile.z);
  bytes[100] = Math.min(...zooms);
  bytes[101] = Math.max(...zooms);
  const [west, south, east, north] = archive.bounds;
  const e7 = (at: number, degrees: number): void => view.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  bytes[118] = Math.max(...zooms);
  e7(119, (west + east) / 2);
  e7(123, (south + north) / 2);
  bytes.set(directory, rootOffset);
  bytes.set(metadata, metadataOffset);
  let at = tileDataOffset;
  for (const { tile } of sorted) {
    bytes.set(tile.data, at);
    at += tile.data.byteLength;
  }
  return bytes;
}

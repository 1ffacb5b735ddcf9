// sql.js opens a database from memory only, so an MBTiles is read whole, in chunks through the Host (each chunk
// one IPC round trip in Electron). The limit keeps the app's memory sane: PMTiles is the format for big basemaps.
import type { ByteRangeReader } from '../host-range-source';

/** MBTiles up to this size are read whole (the wasm heap holds one copy, the worker another while opening). */
export const MBTILES_MAX_BYTES = 256 * 1024 * 1024;
const CHUNK = 16 * 1024 * 1024;

export async function readWholeFile(host: ByteRangeReader, handle: string, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += CHUNK) {
    const chunk = await host.readByteRange(handle, offset, Math.min(CHUNK, size - offset));
    bytes.set(chunk, offset);
  }
  return bytes;
}

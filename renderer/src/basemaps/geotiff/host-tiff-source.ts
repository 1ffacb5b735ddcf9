// geotiff.js reads a file through a "source" with fetch(slices): this one answers from the Host's readByteRange, so
// a large cloud-optimized GeoTIFF is read by ranges (its header, then only the overview tiles needed) from disk.
import type { ByteRangeReader } from '../host-range-source';

interface Slice {
  readonly offset: number;
  readonly length: number;
}

/** The shape geotiff's GeoTIFF.fromSource expects (its BaseSource class is not exported). */
export interface TiffByteSource {
  fetch(slices: readonly Slice[], signal?: AbortSignal): Promise<ArrayBuffer[]>;
  readonly fileSize: number;
  close(): Promise<void>;
}

export function hostTiffSource(host: ByteRangeReader, handle: string, fileSize: number): TiffByteSource {
  return {
    fileSize,
    async fetch(slices) {
      return Promise.all(
        slices.map(async ({ offset, length }) => {
          // geotiff asks for a fixed-size first block (1 KB, or 4 KB for BigTIFF): clip reads to the file's end.
          const clipped = Math.max(0, Math.min(length, fileSize - offset));
          // The Electron host refuses empty ranges (length ≥ 1): past the end there is nothing to read anyway.
          if (clipped === 0) return new ArrayBuffer(0);
          const bytes = await host.readByteRange(handle, offset, clipped);
          return bytes.slice().buffer as ArrayBuffer;
        }),
      );
    },
    async close() {},
  };
}

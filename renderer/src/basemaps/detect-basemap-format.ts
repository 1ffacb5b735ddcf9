// Tells PMTiles, MBTiles (SQLite) and TIFF files apart by their first bytes, not by their names: a renamed file
// still opens, and a file that is none of them gets a clear message instead of a decoder's stack trace.
export type BasemapFormat = 'pmtiles' | 'mbtiles' | 'tiff';

/** How many leading bytes detection needs. */
export const FORMAT_SNIFF_LENGTH = 16;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => signature.every((b, i) => bytes[i] === b);
const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

export function detectBasemapFormat(head: Uint8Array): BasemapFormat | null {
  if (startsWith(head, ascii('PMTiles'))) return 'pmtiles';
  if (startsWith(head, [...ascii('SQLite format 3'), 0])) return 'mbtiles';
  // Classic TIFF (II*\0, MM\0*) and BigTIFF (II+\0, MM\0+).
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(head, [0x49, 0x49, 0x2b, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2b])) return 'tiff';
  return null;
}

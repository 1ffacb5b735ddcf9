// The ellipsoidal area (CGCS2000) of a feature as its GeoPackage geometry blob measures it: the figure every quota
// total is made of. Read from the blob's WKB directly (wkb-polygonal-area.ts), equal to decoding it and calling
// geometryArea, and never taken from a cached column.
import { readHeader } from '../gpkg/geometry-blob';
import { wkbPolygonalArea } from '../geo/area/wkb-polygonal-area';

/** Area in m² of a polygonal blob; null for other geometry types. Throws when the blob is not a readable geometry. */
export function geometryBlobArea(blob: Uint8Array): number | null {
  const { view, wkbOffset } = readHeader(blob);
  return wkbPolygonalArea(view, wkbOffset);
}

/**
 * The area a quota counts for a stored value: 0 for no geometry, a point or line, bytes that do not decode, or
 * coordinates that are not numbers (validate reports each of those).
 */
export function quotaAreaOfBlob(blob: unknown): number {
  if (!(blob instanceof Uint8Array)) return 0;
  try {
    const area = geometryBlobArea(blob) ?? 0;
    return Number.isFinite(area) ? area : 0;
  } catch {
    return 0;
  }
}

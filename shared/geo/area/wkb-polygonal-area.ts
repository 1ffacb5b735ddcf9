// The ellipsoidal area of a WKB Polygon or MultiPolygon read straight from its bytes: the number ellipsoidalArea gives
// for the decoded geometry, bit for bit (same rings, same order of sums), without building a GeoJSON array per vertex.
// Quota totals and validation measure every parcel of a county from the stored geometry; decoding 100,000 parcels to
// GeoJSON first costs more than the areas themselves.
import type { Position } from 'geojson';
import { fastFlatRingSignedArea, ringScratch } from './ring-area-fast';
import { geodesicRingSignedArea } from './ring-area-geodesic';

export class WkbAreaError extends Error {
  override readonly name = 'WkbAreaError';
}

interface Reader {
  readonly view: DataView;
  offset: number;
}

/**
 * Area in m² of the WKB geometry at `offset`: a Polygon or MultiPolygon (2D, Z, M or ZM; either byte order), holes
 * subtracted, ring orientation ignored. Null for any other geometry type (points, lines, collections), as
 * geometryArea gives. Throws WkbAreaError when the bytes end early or a multipolygon holds something else.
 */
export function wkbPolygonalArea(view: DataView, offset = 0): number | null {
  const reader: Reader = { view, offset };
  const header = readHeader(reader);
  if (header.type === 3) return polygonArea(reader, header.little, header.dims);
  if (header.type !== 6) return null;
  const parts = readCount(reader, header.little);
  let area = 0;
  for (let i = 0; i < parts; i++) {
    const part = readHeader(reader);
    if (part.type !== 3) throw new WkbAreaError(`a MultiPolygon holds a geometry of type ${part.type} where a Polygon belongs`);
    area += polygonArea(reader, part.little, part.dims);
  }
  return area;
}

/** Byte order, type (without Z/M) and coordinates per vertex, as wkb-read.ts reads them (ISO and EWKB flags). */
function readHeader(reader: Reader): { little: boolean; type: number; dims: number } {
  need(reader, 5);
  const byteOrder = reader.view.getUint8(reader.offset);
  if (byteOrder > 1) throw new WkbAreaError(`WKB byte order marker ${byteOrder} is neither 0 nor 1`);
  const little = byteOrder === 1;
  const rawType = reader.view.getUint32(reader.offset + 1, little);
  reader.offset += 5;
  let hasZ = (rawType & 0x80000000) !== 0;
  let hasM = (rawType & 0x40000000) !== 0;
  if ((rawType & 0x20000000) !== 0) reader.offset += 4;
  let type = rawType & 0x0fffffff;
  if (type >= 3000) {
    hasZ = true;
    hasM = true;
    type -= 3000;
  } else if (type >= 2000) {
    hasM = true;
    type -= 2000;
  } else if (type >= 1000) {
    hasZ = true;
    type -= 1000;
  }
  return { little, type, dims: 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0) };
}

function readCount(reader: Reader, little: boolean): number {
  need(reader, 4);
  const n = reader.view.getUint32(reader.offset, little);
  reader.offset += 4;
  if (n * 8 > reader.view.byteLength - reader.offset + 8) throw new WkbAreaError(`WKB count ${n} exceeds the blob's size`);
  return n;
}

/** Shell minus holes, each ring's area taken unsigned: ellipsoidal-area.ts's polygonArea. */
function polygonArea(reader: Reader, little: boolean, dims: number): number {
  const rings = readCount(reader, little);
  let area = 0;
  for (let r = 0; r < rings; r++) {
    const ringArea = Math.abs(ringArea2d(reader, little, dims));
    area += r === 0 ? ringArea : -ringArea;
  }
  return area;
}

function ringArea2d(reader: Reader, little: boolean, dims: number): number {
  const n = readCount(reader, little);
  const stride = 8 * dims;
  need(reader, n * stride);
  const xy = ringScratch(n);
  const view = reader.view;
  let at = reader.offset;
  for (let i = 0; i < n; i++, at += stride) {
    xy[2 * i] = view.getFloat64(at, little);
    xy[2 * i + 1] = view.getFloat64(at + 8, little);
  }
  reader.offset = at;
  const fast = fastFlatRingSignedArea(xy, n);
  if (!Number.isNaN(fast)) return fast;
  // Rings beyond the fast series' limits go to GeographicLib, as ring-area.ts sends them.
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) ring.push([xy[2 * i]!, xy[2 * i + 1]!]);
  return geodesicRingSignedArea(ring);
}

function need(reader: Reader, bytes: number): void {
  if (reader.offset + bytes > reader.view.byteLength) throw new WkbAreaError('WKB ends in the middle of a geometry');
}

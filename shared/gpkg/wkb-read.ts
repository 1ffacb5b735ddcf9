// Reads WKB as GeoPackages written by any tool store it: either byte order (per geometry, as WKB allows), ISO type
// codes with Z/M/ZM (1000/2000/3000 offsets) and the older EWKB high-bit flags. Z is kept as a third coordinate,
// M is dropped: GeoJSON has no place for it.
import type { Geometry, Position } from 'geojson';

export class WkbError extends Error {
  override readonly name = 'WkbError';
}

interface Cursor {
  readonly view: DataView;
  offset: number;
}

/** Decodes the WKB starting at `offset` in `view`. */
export function readWkb(view: DataView, offset = 0): Geometry {
  const cursor: Cursor = { view, offset };
  return readGeometry(cursor);
}

function readGeometry(cursor: Cursor): Geometry {
  const { view } = cursor;
  if (cursor.offset + 5 > view.byteLength) throw new WkbError('WKB ends before its geometry header');
  const byteOrder = view.getUint8(cursor.offset);
  if (byteOrder > 1) throw new WkbError(`WKB byte order marker ${byteOrder} is neither 0 nor 1`);
  const little = byteOrder === 1;
  const rawType = view.getUint32(cursor.offset + 1, little);
  cursor.offset += 5;

  let hasZ = (rawType & 0x80000000) !== 0;
  let hasM = (rawType & 0x40000000) !== 0;
  if ((rawType & 0x20000000) !== 0) cursor.offset += 4; // EWKB SRID: the GeoPackage header carries the SRS instead.
  let type = rawType & 0x0fffffff;
  if (type >= 3000) { hasZ = true; hasM = true; type -= 3000; }
  else if (type >= 2000) { hasM = true; type -= 2000; }
  else if (type >= 1000) { hasZ = true; type -= 1000; }
  const dims = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
  const shape: Shape = { little, hasZ, dims };

  switch (type) {
    case 1: {
      const p = readPosition(cursor, shape);
      // GeoPackage encodes an empty point as NaN coordinates.
      return { type: 'Point', coordinates: Number.isNaN(p[0]) && Number.isNaN(p[1]) ? [] : p };
    }
    case 2:
      return { type: 'LineString', coordinates: readPositions(cursor, shape) };
    case 3:
      return { type: 'Polygon', coordinates: readRings(cursor, shape) };
    case 4:
      return { type: 'MultiPoint', coordinates: parts(cursor, readCount(cursor, little), 'Point').map((g) => g.coordinates) };
    case 5:
      return { type: 'MultiLineString', coordinates: parts(cursor, readCount(cursor, little), 'LineString').map((g) => g.coordinates) };
    case 6:
      return { type: 'MultiPolygon', coordinates: parts(cursor, readCount(cursor, little), 'Polygon').map((g) => g.coordinates) };
    case 7: {
      const n = readCount(cursor, little);
      const geometries: Geometry[] = [];
      for (let i = 0; i < n; i++) geometries.push(readGeometry(cursor));
      return { type: 'GeometryCollection', geometries };
    }
    default:
      throw new WkbError(`WKB geometry type ${rawType} is not one Landlink reads (points, lines, polygons and their collections)`);
  }
}

/** How one geometry's coordinates are stored. */
interface Shape {
  readonly little: boolean;
  readonly hasZ: boolean;
  readonly dims: number;
}

// Module-level readers rather than closures made per geometry: the CLI runs through tsx, whose keepNames wrapper
// makes every closure creation cost a property definition, and a county has 100,000 geometries.
function readPosition(cursor: Cursor, shape: Shape): Position {
  const { view } = cursor;
  need(cursor, 8 * shape.dims);
  const x = view.getFloat64(cursor.offset, shape.little);
  const y = view.getFloat64(cursor.offset + 8, shape.little);
  const result: Position = shape.hasZ ? [x, y, view.getFloat64(cursor.offset + 16, shape.little)] : [x, y];
  cursor.offset += 8 * shape.dims;
  return result;
}

function readCount(cursor: Cursor, little: boolean): number {
  need(cursor, 4);
  const n = cursor.view.getUint32(cursor.offset, little);
  cursor.offset += 4;
  // Every element takes at least 8 bytes: a count beyond that is a corrupt blob, not a reason to allocate gigabytes.
  if (n * 8 > cursor.view.byteLength - cursor.offset + 8) throw new WkbError(`WKB count ${n} exceeds the blob's size`);
  return n;
}

// The hot loop of opening a county: one bounds check per ring, plain [x, y] arrays for the common 2D case.
function readPositions(cursor: Cursor, shape: Shape): Position[] {
  const { view } = cursor;
  const { little } = shape;
  const n = readCount(cursor, little);
  const stride = 8 * shape.dims;
  need(cursor, n * stride);
  const result: Position[] = [];
  let at = cursor.offset;
  if (shape.hasZ) {
    for (let i = 0; i < n; i++, at += stride) result.push([view.getFloat64(at, little), view.getFloat64(at + 8, little), view.getFloat64(at + 16, little)]);
  } else {
    for (let i = 0; i < n; i++, at += stride) result.push([view.getFloat64(at, little), view.getFloat64(at + 8, little)]);
  }
  cursor.offset = at;
  return result;
}

function readRings(cursor: Cursor, shape: Shape): Position[][] {
  const n = readCount(cursor, shape.little);
  const result: Position[][] = new Array<Position[]>(n);
  for (let i = 0; i < n; i++) result[i] = readPositions(cursor, shape);
  return result;
}

function parts<T extends 'Point' | 'LineString' | 'Polygon'>(cursor: Cursor, n: number, expected: T): Extract<Geometry, { type: T }>[] {
  const result: Extract<Geometry, { type: T }>[] = [];
  for (let i = 0; i < n; i++) {
    const part = readGeometry(cursor);
    if (part.type !== expected) throw new WkbError(`a multi-geometry holds a ${part.type} where a ${expected} belongs`);
    result.push(part as Extract<Geometry, { type: T }>);
  }
  return result;
}

function need(cursor: Cursor, bytes: number): void {
  if (cursor.offset + bytes > cursor.view.byteLength) throw new WkbError('WKB ends in the middle of a geometry');
}

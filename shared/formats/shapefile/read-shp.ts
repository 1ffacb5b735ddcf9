// The .shp geometry file: a 100-byte header, then records of (big-endian header, little-endian shape). Z and M
// values are read past and dropped (Landlink is 2D). Polygon rings follow the shapefile rule: clockwise rings are
// shells, counter-clockwise rings are holes of the shell that contains them.
import type { Geometry, Position } from 'geojson';
import { pointInRing } from '../../geo/topology/point-in-ring';
import { planarSignedArea } from '../../geo/topology/ring-orientation';
import { FormatReadError } from '../read-error';

const truncated = (name: string) =>
  new FormatReadError(`${name} is truncated or damaged (a record runs past the end of the file); copy the file again from its source.`, `${name} 文件被截断或已损坏；请从源头重新拷贝。`);

function readPoints(view: DataView, offset: number, count: number): Position[] {
  const points: Position[] = new Array(count);
  for (let i = 0; i < count; i++) points[i] = [view.getFloat64(offset + 16 * i, true), view.getFloat64(offset + 16 * i + 8, true)];
  return points;
}

function readParts(view: DataView, offset: number, end: number, name: string): Position[][] {
  if (offset + 40 > end) throw truncated(name);
  const numParts = view.getInt32(offset + 36, true);
  const numPoints = view.getInt32(offset + 40, true);
  const partsAt = offset + 44;
  const pointsAt = partsAt + 4 * numParts;
  if (numParts < 0 || numPoints < 0 || pointsAt + 16 * numPoints > end) throw truncated(name);
  const points = readPoints(view, pointsAt, numPoints);
  const parts: Position[][] = [];
  for (let p = 0; p < numParts; p++) {
    const start = view.getInt32(partsAt + 4 * p, true);
    const stop = p + 1 < numParts ? view.getInt32(partsAt + 4 * (p + 1), true) : numPoints;
    if (start < 0 || stop > numPoints || start > stop) throw truncated(name);
    parts.push(points.slice(start, stop));
  }
  return parts;
}

/** Shapefile rings → GeoJSON Polygon/MultiPolygon, wound as RFC 7946 asks (shells counter-clockwise). */
export function assemblePolygon(rings: Position[][]): Geometry | null {
  const shells: Position[][][] = [];
  const holes: Position[][] = [];
  for (const ring of rings) {
    if (ring.length < 4) continue;
    if (planarSignedArea(ring) < 0) shells.push([ring.slice().reverse()]);
    else holes.push(ring.slice().reverse());
  }
  for (const hole of holes) {
    const owner = shells.find((shell) => pointInRing(hole[0]!, shell[0]!));
    // A counter-clockwise ring inside no shell is a shell drawn the wrong way round: keep it rather than lose area.
    if (owner) owner.push(hole);
    else shells.push([hole.slice().reverse()]);
  }
  if (shells.length === 0) return null;
  return shells.length === 1 ? { type: 'Polygon', coordinates: shells[0]! } : { type: 'MultiPolygon', coordinates: shells };
}

function readShape(view: DataView, offset: number, end: number, name: string): Geometry | null {
  const type = view.getInt32(offset, true);
  switch (type) {
    case 0:
      return null;
    case 1: case 11: case 21:
      if (offset + 20 > end) throw truncated(name);
      return { type: 'Point', coordinates: [view.getFloat64(offset + 4, true), view.getFloat64(offset + 12, true)] };
    case 8: case 18: case 28: {
      const count = view.getInt32(offset + 36, true);
      if (count < 0 || offset + 40 + 16 * count > end) throw truncated(name);
      return { type: 'MultiPoint', coordinates: readPoints(view, offset + 40, count) };
    }
    case 3: case 13: case 23: {
      const parts = readParts(view, offset, end, name);
      return parts.length === 1 ? { type: 'LineString', coordinates: parts[0]! } : { type: 'MultiLineString', coordinates: parts };
    }
    case 5: case 15: case 25:
      return assemblePolygon(readParts(view, offset, end, name));
    default:
      throw new FormatReadError(`${name} contains shape type ${type}, which Landlink does not read (points, lines and polygons only).`, `${name} 含有 Landlink 不支持的图形类型 ${type}（仅支持点、线、面）。`);
  }
}

/** Geometries of every record, in file order. */
export function readShp(bytes: Uint8Array, name = 'the .shp file'): (Geometry | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 100 || view.getInt32(0, false) !== 9994)
    throw new FormatReadError(`${name} is not a shapefile (.shp) main file; pick the .shp of the layer, or the .zip that holds it.`, `${name} 不是 shapefile 主文件（.shp）；请选择图层的 .shp 或包含它的 .zip。`);
  const declaredLength = view.getInt32(24, false) * 2;
  const end = Math.min(bytes.byteLength, declaredLength > 100 ? declaredLength : bytes.byteLength);
  const geometries: (Geometry | null)[] = [];
  let offset = 100;
  while (offset + 8 <= end) {
    const contentLength = view.getInt32(offset + 4, false) * 2;
    const contentStart = offset + 8;
    const contentEnd = contentStart + contentLength;
    if (contentLength < 4 || contentEnd > bytes.byteLength) throw truncated(name);
    geometries.push(readShape(view, contentStart, contentEnd, name));
    offset = contentEnd;
  }
  return geometries;
}

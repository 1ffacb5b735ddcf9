// The .shp geometry file and its .shx index. One shape type per file: points (1), multipoints (8), lines (3) or
// polygons (5); Polygon and MultiPolygon features share type 5, every part's rings written in shapefile order:
// shells clockwise, holes counter-clockwise, each ring closed.
import type { Geometry, Position } from 'geojson';
import { planarSignedArea } from '../../geo/topology/ring-orientation';
import { FormatReadError } from '../read-error';

export type ShapeType = 1 | 3 | 5 | 8;

/** The one shape type that holds every geometry, or an error naming the mix. */
export function shapeTypeFor(geometries: readonly (Geometry | null)[]): ShapeType {
  const kinds = new Set<string>();
  for (const g of geometries) if (g) kinds.add(g.type);
  if (kinds.has('GeometryCollection'))
    throw new FormatReadError('A feature mixes geometry kinds (GeometryCollection), which a shapefile cannot hold; export as GeoPackage or GeoJSON instead.', '有要素混合多种几何（几何集合），shapefile 无法保存；请改为导出 GeoPackage 或 GeoJSON。');
  const polygons = kinds.has('Polygon') || kinds.has('MultiPolygon');
  const lines = kinds.has('LineString') || kinds.has('MultiLineString');
  const points = kinds.has('Point') || kinds.has('MultiPoint');
  if (Number(polygons) + Number(lines) + Number(points) > 1)
    throw new FormatReadError(`The layer mixes ${[...kinds].join(', ')}; a shapefile holds one kind of geometry: export each kind separately, or as GeoPackage.`, `图层混合了 ${[...kinds].join('、')}；shapefile 只能保存一种几何：请分别导出，或导出为 GeoPackage。`);
  if (polygons) return 5;
  if (lines) return 3;
  return kinds.has('MultiPoint') ? 8 : 1;
}

function closed(ring: Position[]): Position[] {
  const first = ring[0], last = ring[ring.length - 1];
  return first && last && (first[0] !== last[0] || first[1] !== last[1]) ? [...ring, first] : ring;
}

function orient(ring: Position[], clockwise: boolean): Position[] {
  const r = closed(ring);
  return planarSignedArea(r) < 0 === clockwise ? r : r.slice().reverse();
}

/** The parts (point lists) of a line or polygon geometry as the shapefile stores them. */
function partsOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'LineString': return [geometry.coordinates];
    case 'MultiLineString': return geometry.coordinates;
    case 'Polygon': return geometry.coordinates.map((ring, i) => orient(ring, i === 0));
    case 'MultiPolygon': return geometry.coordinates.flatMap((polygon) => polygon.map((ring, i) => orient(ring, i === 0)));
    default: return [];
  }
}

function pointsOf(geometry: Geometry): Position[] {
  if (geometry.type === 'Point') return [geometry.coordinates];
  if (geometry.type === 'MultiPoint') return geometry.coordinates;
  return partsOf(geometry).flat();
}

interface Box { minX: number; minY: number; maxX: number; maxY: number }

function boxOf(points: readonly Position[], box: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity }): Box {
  for (const p of points) {
    if (p[0]! < box.minX) box.minX = p[0]!;
    if (p[0]! > box.maxX) box.maxX = p[0]!;
    if (p[1]! < box.minY) box.minY = p[1]!;
    if (p[1]! > box.maxY) box.maxY = p[1]!;
  }
  return box;
}

function writeBox(view: DataView, at: number, box: Box): void {
  view.setFloat64(at, box.minX, true);
  view.setFloat64(at + 8, box.minY, true);
  view.setFloat64(at + 16, box.maxX, true);
  view.setFloat64(at + 24, box.maxY, true);
}

function contentLength(type: ShapeType, geometry: Geometry | null): number {
  if (!geometry) return 4;
  if (type === 1) return 20;
  if (type === 8) return 40 + 16 * pointsOf(geometry).length;
  const parts = partsOf(geometry);
  return 44 + 4 * parts.length + 16 * parts.reduce((n, p) => n + p.length, 0);
}

function writeHeader(view: DataView, fileBytes: number, type: ShapeType, box: Box): void {
  view.setInt32(0, 9994, false);
  view.setInt32(24, fileBytes / 2, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, type, true);
  writeBox(view, 36, Number.isFinite(box.minX) ? box : { minX: 0, minY: 0, maxX: 0, maxY: 0 });
}

export function writeShp(geometries: readonly (Geometry | null)[], type: ShapeType): { shp: Uint8Array; shx: Uint8Array } {
  const lengths = geometries.map((g) => contentLength(type, g));
  const shpBytes = 100 + lengths.reduce((n, l) => n + 8 + l, 0);
  const shp = new Uint8Array(shpBytes);
  const shx = new Uint8Array(100 + 8 * geometries.length);
  const view = new DataView(shp.buffer);
  const index = new DataView(shx.buffer);
  const total: Box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  let at = 100;
  geometries.forEach((geometry, i) => {
    const length = lengths[i]!;
    index.setInt32(100 + 8 * i, at / 2, false);
    index.setInt32(104 + 8 * i, length / 2, false);
    view.setInt32(at, i + 1, false);
    view.setInt32(at + 4, length / 2, false);
    const c = at + 8;
    if (!geometry) view.setInt32(c, 0, true);
    else if (type === 1) {
      const p = pointsOf(geometry)[0]!;
      view.setInt32(c, 1, true);
      view.setFloat64(c + 4, p[0]!, true);
      view.setFloat64(c + 12, p[1]!, true);
      boxOf([p], total);
    } else if (type === 8) {
      const points = pointsOf(geometry);
      view.setInt32(c, 8, true);
      writeBox(view, c + 4, boxOf(points));
      view.setInt32(c + 36, points.length, true);
      points.forEach((p, k) => {
        view.setFloat64(c + 40 + 16 * k, p[0]!, true);
        view.setFloat64(c + 48 + 16 * k, p[1]!, true);
      });
      boxOf(points, total);
    } else {
      const parts = partsOf(geometry);
      const points = parts.flat();
      view.setInt32(c, type, true);
      writeBox(view, c + 4, boxOf(points));
      view.setInt32(c + 36, parts.length, true);
      view.setInt32(c + 40, points.length, true);
      let start = 0;
      parts.forEach((part, k) => {
        view.setInt32(c + 44 + 4 * k, start, true);
        start += part.length;
      });
      const pointsAt = c + 44 + 4 * parts.length;
      points.forEach((p, k) => {
        view.setFloat64(pointsAt + 16 * k, p[0]!, true);
        view.setFloat64(pointsAt + 16 * k + 8, p[1]!, true);
      });
      boxOf(points, total);
    }
    at += 8 + length;
  });
  writeHeader(view, shpBytes, type, total);
  writeHeader(index, shx.length, type, total);
  return { shp, shx };
}

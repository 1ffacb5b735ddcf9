// Geodesic distance from a point to a feature: 0 inside a polygon, else to the nearest edge. The nearest point on
// each edge is found in a local metric plane around the query point (edges of houses and parcels are metres to
// hundreds of metres long, where the plane is exact to millimetres), then measured geodesically.
import type { Geometry, Position } from 'geojson';
import { pointInRing } from '../../geo/topology/point-in-ring';
import { localMetres } from '../../geo/topology/local-metres';
import { geodesicDistanceM } from './geodesic-distance';

export function distanceToGeometryM(point: readonly number[], geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return geodesicDistanceM(point, geometry.coordinates);
    case 'MultiPoint':
      return Math.min(...geometry.coordinates.map((c) => geodesicDistanceM(point, c)));
    case 'LineString':
      return distanceToLinesM(point, [geometry.coordinates]);
    case 'MultiLineString':
      return distanceToLinesM(point, geometry.coordinates);
    case 'Polygon':
      return distanceToPolygonsM(point, [geometry.coordinates]);
    case 'MultiPolygon':
      return distanceToPolygonsM(point, geometry.coordinates);
    case 'GeometryCollection':
      return Math.min(Infinity, ...geometry.geometries.map((g) => distanceToGeometryM(point, g)));
  }
}

function distanceToPolygonsM(point: readonly number[], polygons: readonly Position[][][]): number {
  for (const rings of polygons) {
    const [shell, ...holes] = rings;
    if (shell && pointInRing(point, shell) && !holes.some((hole) => pointInRing(point, hole))) return 0;
  }
  return distanceToLinesM(point, polygons.flat());
}

function distanceToLinesM(point: readonly number[], lines: readonly Position[][]): number {
  const toPlane = localMetres(point);
  let best = Infinity;
  let bestPosition: Position | null = null;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i]!, b = line[i + 1]!;
      const [ax, ay] = toPlane(a), [bx, by] = toPlane(b);
      const dx = bx - ax, dy = by - ay;
      const length2 = dx * dx + dy * dy;
      const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
      const px = ax + t * dx, py = ay + t * dy;
      const d = px * px + py * py;
      if (d < best) {
        best = d;
        bestPosition = [a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!)];
      }
    }
    if (line.length === 1 && bestPosition === null) bestPosition = line[0]!;
  }
  return bestPosition ? geodesicDistanceM(point, bestPosition) : Infinity;
}

/** A representative point of a geometry (a point itself, else the mean of a polygon's shell vertices). */
export function anchorPoint(geometry: Geometry): [number, number] | null {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates[0]!, geometry.coordinates[1]!];
    case 'Polygon':
      return ringMean(geometry.coordinates[0]);
    case 'MultiPolygon':
      return ringMean(geometry.coordinates[0]?.[0]);
    case 'LineString':
      return ringMean(geometry.coordinates);
    default:
      return null;
  }
}

function ringMean(ring: readonly Position[] | undefined): [number, number] | null {
  if (!ring || ring.length === 0) return null;
  const points = ring.length > 1 && ring[0]![0] === ring.at(-1)![0] && ring[0]![1] === ring.at(-1)![1] ? ring.slice(0, -1) : ring;
  return [points.reduce((s, p) => s + p[0]!, 0) / points.length, points.reduce((s, p) => s + p[1]!, 0) / points.length];
}

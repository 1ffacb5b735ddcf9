// The boundary of one large polygon (a village, a township) as a spatial index of its edges, so that a small feature
// whose bounding box no edge reaches is known to lie wholly inside or wholly outside it without clipping: polygon
// clipping costs milliseconds per pair, and a county has 100,000 parcels, almost all far from their village's edge.
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInRing } from '../topology/point-in-ring';

export interface PolygonBoundaryIndex {
  /** Whether an edge of the boundary (holes included) may meet the box: then only clipping can tell. */
  boundaryMeetsBox(minX: number, minY: number, maxX: number, maxY: number): boolean;
  /** Whether a point off the boundary lies inside the polygon (in a shell and in none of its holes). */
  contains(x: number, y: number): boolean;
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function polygonBoundaryIndex(geometry: Polygon | MultiPolygon): PolygonBoundaryIndex {
  const polygons = polygonsOf(geometry);
  const ends: number[] = [];
  for (const polygon of polygons)
    for (const ring of polygon)
      for (let i = 0; i + 1 < ring.length; i++) ends.push(ring[i]![0]!, ring[i]![1]!, ring[i + 1]![0]!, ring[i + 1]![1]!);
  const edges = ends.length / 4;
  const index = new Flatbush(Math.max(edges, 1));
  for (let e = 0; e < ends.length; e += 4) index.add(Math.min(ends[e]!, ends[e + 2]!), Math.min(ends[e + 1]!, ends[e + 3]!), Math.max(ends[e]!, ends[e + 2]!), Math.max(ends[e + 1]!, ends[e + 3]!));
  if (edges === 0) index.add(0, 0, 0, 0);
  index.finish();
  // A long diagonal edge has a large box: test the segment itself against the box before giving up on the shortcut.
  const edgeMeets = (e: number, minX: number, minY: number, maxX: number, maxY: number) => segmentMeetsBox(ends[4 * e]!, ends[4 * e + 1]!, ends[4 * e + 2]!, ends[4 * e + 3]!, minX, minY, maxX, maxY);
  return {
    boundaryMeetsBox: (minX, minY, maxX, maxY) => edges > 0 && index.search(minX, minY, maxX, maxY, (e) => edgeMeets(e, minX, minY, maxX, maxY)).length > 0,
    contains: (x, y) => polygons.some((polygon) => polygon[0] !== undefined && pointInRing([x, y], polygon[0]) && !polygon.slice(1).some((hole) => pointInRing([x, y], hole))),
  };
}

/**
 * Whether the segment (x1, y1)–(x2, y2) meets the closed box, by Liang–Barsky clipping with a small widening so that
 * rounding can only say "meets" too often (which costs a clip), never too rarely (which would give a wrong area).
 */
export function segmentMeetsBox(x1: number, y1: number, x2: number, y2: number, minX: number, minY: number, maxX: number, maxY: number): boolean {
  const pad = 1e-12 * (Math.abs(maxX) + Math.abs(maxY) + (maxX - minX) + (maxY - minY));
  const x0 = minX - pad, y0 = minY - pad, xm = maxX + pad, ym = maxY + pad;
  let t0 = 0, t1 = 1;
  const dx = x2 - x1, dy = y2 - y1;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return clip(-dx, x1 - x0) && clip(dx, xm - x1) && clip(-dy, y1 - y0) && clip(dy, ym - y1);
}

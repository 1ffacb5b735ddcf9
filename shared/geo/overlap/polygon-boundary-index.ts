// The boundary of one large polygon (a village, a township) as a spatial index of its edges, so that a small feature
// whose bounding box no edge reaches is known to lie wholly inside or wholly outside it without clipping: polygon
// clipping costs milliseconds per pair, and a county has 100,000 parcels, almost all far from their village's edge.
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';

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
  // Each edge as pointInRing walks it (from vertex i − 1 to vertex i, the last back to the first), with its ring.
  const ends: number[] = [];
  const ringOfEdge: number[] = [];
  const shells: number[] = [];
  const holes: number[][] = [];
  let ringCount = 0;
  for (const polygon of polygons) {
    if (polygon[0] === undefined) continue;
    shells.push(ringCount);
    holes.push(polygon.slice(1).map((_, h) => ringCount + 1 + h));
    for (const ring of polygon) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        if (ring[i]![0] === ring[j]![0] && ring[i]![1] === ring[j]![1]) continue; // the closing vertex: no edge
        ends.push(ring[i]![0]!, ring[i]![1]!, ring[j]![0]!, ring[j]![1]!);
        ringOfEdge.push(ringCount);
      }
      ringCount++;
    }
  }
  const edges = ends.length / 4;
  const parity = new Uint8Array(ringCount);
  const index = new Flatbush(Math.max(edges, 1));
  for (let e = 0; e < ends.length; e += 4) index.add(Math.min(ends[e]!, ends[e + 2]!), Math.min(ends[e + 1]!, ends[e + 3]!), Math.max(ends[e]!, ends[e + 2]!), Math.max(ends[e + 1]!, ends[e + 3]!));
  if (edges === 0) index.add(0, 0, 0, 0);
  index.finish();
  // A long diagonal edge has a large box: test the segment itself against the box before giving up on the shortcut.
  const edgeMeets = (e: number, minX: number, minY: number, maxX: number, maxY: number) => segmentMeetsBox(ends[4 * e]!, ends[4 * e + 1]!, ends[4 * e + 2]!, ends[4 * e + 3]!, minX, minY, maxX, maxY);
  return {
    boundaryMeetsBox: (minX, minY, maxX, maxY) => edges > 0 && index.search(minX, minY, maxX, maxY, (e) => edgeMeets(e, minX, minY, maxX, maxY)).length > 0,
    contains: (x, y) => {
      // Ray casting as pointInRing does it, over only the edges whose box reaches the ray east of the point.
      parity.fill(0);
      if (edges > 0) {
        for (const e of index.search(x, y, Infinity, y)) {
          const xi = ends[4 * e]!, yi = ends[4 * e + 1]!, xj = ends[4 * e + 2]!, yj = ends[4 * e + 3]!;
          if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) parity[ringOfEdge[e]!]! ^= 1;
        }
      }
      return shells.some((shell, p) => parity[shell] === 1 && !holes[p]!.some((hole) => parity[hole] === 1));
    },
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

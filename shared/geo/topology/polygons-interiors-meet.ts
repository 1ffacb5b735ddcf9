// A fast exact test of whether two polygons share interior (not just an edge or a corner), so that the costly
// polygon clipping runs only for pairs that really overlap. Neighbouring parcels touch along shared edges all the time.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { pointInRing } from './point-in-ring';

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

function insidePolygonal(point: readonly number[], geometry: Polygon | MultiPolygon): boolean {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((polygon) => polygon[0] !== undefined && pointInRing(point, polygon[0]) && !polygon.slice(1).some((hole) => pointInRing(point, hole)));
}

/** True when some pair of edges crosses properly (not at end points, not collinear). */
function edgesCrossProperly(a: Position[][], b: Position[][]): boolean {
  for (const ra of a)
    for (let i = 0; i + 1 < ra.length; i++) {
      const p = ra[i]!, q = ra[i + 1]!;
      const pminx = Math.min(p[0]!, q[0]!), pmaxx = Math.max(p[0]!, q[0]!), pminy = Math.min(p[1]!, q[1]!), pmaxy = Math.max(p[1]!, q[1]!);
      for (const rb of b)
        for (let j = 0; j + 1 < rb.length; j++) {
          const r = rb[j]!, s = rb[j + 1]!;
          if (Math.max(r[0]!, s[0]!) < pminx || Math.min(r[0]!, s[0]!) > pmaxx || Math.max(r[1]!, s[1]!) < pminy || Math.min(r[1]!, s[1]!) > pmaxy) continue;
          const d1 = orient(p, q, r), d2 = orient(p, q, s), d3 = orient(r, s, p), d4 = orient(r, s, q);
          if (d1 * d2 < 0 && d3 * d4 < 0) return true;
        }
    }
  return false;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  // Treat near-collinear as collinear: shared edges digitised twice differ in the last bits.
  const scale = Math.abs(b[0]! - a[0]!) + Math.abs(b[1]! - a[1]!) + Math.abs(c[0]! - a[0]!) + Math.abs(c[1]! - a[1]!);
  return Math.abs(v) <= 1e-12 * scale * scale ? 0 : v;
}

function sameOutline(a: Position[] | undefined, b: Position[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const set = new Set(a.map(key));
  return b.every((p) => set.has(key(p)));
}

/** Whether the interiors may meet: a proper edge crossing, or a vertex (or edge midpoint) of one strictly inside the other. */
export function polygonInteriorsMeet(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): boolean {
  const ringsA = rings(a), ringsB = rings(b);
  // The same outline digitised twice has no proper crossing and all its midpoints on the other's boundary.
  if (sameOutline(ringsA[0], ringsB[0])) return true;
  if (edgesCrossProperly(ringsA, ringsB)) return true;
  // No proper crossing: either disjoint, touching, or one inside the other. Test edge midpoints, which are off the
  // shared corners of touching neighbours.
  const probe = (from: Position[][], into: Polygon | MultiPolygon) =>
    from.some((ring) => ring.slice(0, -1).some((p, i) => {
      const q = ring[i + 1]!;
      return insidePolygonal([(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2], into);
    }));
  return probe(ringsA, b) || probe(ringsB, a);
}

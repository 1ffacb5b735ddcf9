// Points where a ring crosses or touches itself between edges that are not neighbours (a bow-tie is the simplest case).
// Planar in longitude/latitude, which is what every GIS checks; edges are short enough for that to be exact in effect.
import Flatbush from 'flatbush';
import type { Position } from 'geojson';
import { segmentIntersection } from './segment-intersection';

function sameVertex(p: Position, q: Position): boolean {
  return p[0] === q[0] && p[1] === q[1];
}

/** Adds where edges i and j of the ring (m distinct vertices) cross, unless they are neighbours or it is known. */
function testEdgePair(ring: readonly Position[], m: number, i: number, j: number, found: [number, number][]): void {
  // Neighbouring edges share a vertex; that is not a crossing.
  if (j === i + 1 || (i === 0 && j === m - 1)) return;
  const a = ring[i]!, b = ring[(i + 1) % m]!, c = ring[j]!, d = ring[(j + 1) % m]!;
  const hit = segmentIntersection(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!, d[0]!, d[1]!);
  if (hit && !found.some((f) => f[0] === hit[0] && f[1] === hit[1])) found.push(hit);
}

/** Crossing points, at most `limit` of them (a badly broken ring would otherwise list thousands). */
export function ringSelfIntersections(input: readonly Position[], limit = 20): [number, number][] {
  // Consecutive duplicate vertices (zero-length edges) are reported as duplicates, not as crossings: drop them first
  // (and copy only when there are any: this runs for every ring of a county).
  const ring = input.every((p, i) => i === 0 || !sameVertex(p, input[i - 1]!)) ? input : input.filter((p, i) => i === 0 || !sameVertex(p, input[i - 1]!));
  const closed = ring.length > 1 && sameVertex(ring[0]!, ring[ring.length - 1]!);
  const m = closed ? ring.length - 1 : ring.length;
  if (m < 4) return [];
  const found: [number, number][] = [];
  if (m <= 48) {
    for (let i = 0; i < m && found.length < limit; i++) for (let j = i + 1; j < m && found.length < limit; j++) testEdgePair(ring, m, i, j, found);
    return found;
  }
  const index = new Flatbush(m);
  for (let i = 0; i < m; i++) {
    const a = ring[i]!, b = ring[(i + 1) % m]!;
    index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  }
  index.finish();
  for (let i = 0; i < m && found.length < limit; i++) {
    const a = ring[i]!, b = ring[(i + 1) % m]!;
    const candidates = index.search(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
    for (const j of candidates.sort((x, y) => x - y)) if (j > i && found.length < limit) testEdgePair(ring, m, i, j, found);
  }
  return found;
}

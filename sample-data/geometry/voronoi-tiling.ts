// Voronoi cells of seed points inside a convex polygon: each cell is the polygon clipped by the perpendicular
// bisectors towards every other seed. O(n²) per tiling, which is nothing for 12 townships or 30 villages each.
import { clipByHalfPlane } from './convex';
import type { Ring, XY } from './plane';

export function voronoiCells(bounds: Ring, seeds: readonly XY[]): Ring[] {
  return seeds.map((seed, i) => {
    let cell = bounds;
    for (let j = 0; j < seeds.length && cell.length > 0; j++) {
      if (j === i) continue;
      const other = seeds[j]!;
      const normal: XY = [other[0] - seed[0], other[1] - seed[1]];
      const mid: XY = [(seed[0] + other[0]) / 2, (seed[1] + other[1]) / 2];
      cell = clipByHalfPlane(cell, normal, normal[0] * mid[0] + normal[1] * mid[1]);
    }
    return cell;
  });
}

/** Well-spread points inside a convex polygon: Mitchell's best candidate, k candidates per point. */
export function spreadPoints(count: number, inside: (p: XY) => boolean, box: [number, number, number, number], next: () => number, candidates = 12): XY[] {
  const points: XY[] = [];
  let guard = 0;
  while (points.length < count && guard++ < count * 200) {
    let best: XY | null = null;
    let bestDistance = -1;
    for (let k = 0; k < candidates; k++) {
      const p: XY = [box[0] + (box[2] - box[0]) * next(), box[1] + (box[3] - box[1]) * next()];
      if (!inside(p)) continue;
      let nearest = Infinity;
      for (const q of points) nearest = Math.min(nearest, (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2);
      if (nearest > bestDistance) {
        bestDistance = nearest;
        best = p;
      }
    }
    if (best) points.push(best);
  }
  return points;
}

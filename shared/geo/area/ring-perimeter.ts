// Geodesic length of a ring on CGCS2000, closing edge included.
import type { Position } from 'geojson';
import { cgcs2000Geodesic, DISTANCE_ONLY } from '../ellipsoid/geodesic';

/** Length in metres of the closed ring (the closing edge is added when the ring is not closed). */
export function ringPerimeter(ring: readonly Position[]): number {
  const count = ring.length;
  if (count < 2) return 0;
  let length = 0;
  for (let i = 1; i <= count; i++) {
    const a = ring[i - 1]!;
    const b = ring[i % count]!;
    if (a[0] === b[0] && a[1] === b[1]) continue;
    length += cgcs2000Geodesic.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, DISTANCE_ONLY).s12 ?? 0;
  }
  return length;
}

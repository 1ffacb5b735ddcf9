// Ring area by GeographicLib's PolygonArea on CGCS2000: the exact reference, used for rings too large for the fast
// series (country-sized outlines, lines crossing the antimeridian, polar rings).
import type { Position } from 'geojson';
import { cgcs2000Geodesic } from '../ellipsoid/geodesic';

/** Signed area in m², positive when the ring runs counter-clockwise (east to the right, north up). */
export function geodesicRingSignedArea(ring: readonly Position[]): number {
  const polygon = cgcs2000Geodesic.Polygon(false);
  let count = ring.length;
  if (count > 1 && ring[0]![0] === ring[count - 1]![0] && ring[0]![1] === ring[count - 1]![1]) count--;
  if (count < 3) return 0;
  for (let i = 0; i < count; i++) polygon.AddPoint(ring[i]![1]!, ring[i]![0]!);
  // reverse = false: counter-clockwise is positive; sign = true: keep the sign instead of taking the remainder.
  return polygon.Compute(false, true).area ?? 0;
}

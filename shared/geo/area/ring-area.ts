// Signed ellipsoidal area of one ring: the fast series when the ring is parcel-sized, GeographicLib otherwise.
import type { Position } from 'geojson';
import { fastRingSignedArea } from './ring-area-fast';
import { geodesicRingSignedArea } from './ring-area-geodesic';

/** Signed area in m² on CGCS2000, positive for a counter-clockwise ring. */
export function ringSignedArea(ring: readonly Position[]): number {
  const fast = fastRingSignedArea(ring);
  return Number.isNaN(fast) ? geodesicRingSignedArea(ring) : fast;
}

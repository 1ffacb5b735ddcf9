// A quick estimate of a ring's geodesic length for thresholds (the sliver check's thinness), not for a reported figure.
//
// Each edge is measured in the local metric of the ellipsoid at its middle latitude, ds² = (M dφ)² + (N cos φ dλ)²
// (M: meridian radius, N: prime-vertical radius). For an edge of length s the relative error is of order (s / R)²:
// about 1e-10 for a 50 m parcel edge, 3e-6 for the longest edge allowed (0.1°, 11 km). Callers compare the estimate
// with a margin far wider than that (SLIVER_ESTIMATE_MARGIN in check-sliver.ts) and compute the exact
// geodesic length (ring-perimeter.ts, GeographicLib) only near the threshold: one Inverse call per edge costs
// microseconds, and validation measures every parcel of a county.
import type { Position } from 'geojson';
import { CGCS2000_A, CGCS2000_E2 } from '../ellipsoid/cgcs2000';

const RAD = Math.PI / 180;

/** Edges longer than this (degrees, |Δλ| + |Δφ|) make the estimate NaN: the caller then uses the exact length. */
export const PERIMETER_ESTIMATE_MAX_EDGE_DEG = 0.1;

/** Estimated length in metres of the closed ring (closing edge added when the ring is not closed); NaN beyond the limits. */
export function ringPerimeterEstimate(ring: readonly Position[]): number {
  const count = ring.length;
  if (count < 2) return 0;
  let length = 0;
  for (let i = 1; i <= count; i++) {
    const a = ring[i - 1]!;
    const b = ring[i % count]!;
    const dLon = b[0]! - a[0]!;
    const dLat = b[1]! - a[1]!;
    if (!(Math.abs(dLon) + Math.abs(dLat) <= PERIMETER_ESTIMATE_MAX_EDGE_DEG)) return Number.NaN;
    const phi = 0.5 * (a[1]! + b[1]!) * RAD;
    const sin = Math.sin(phi);
    const w2 = 1 - CGCS2000_E2 * sin * sin;
    const n = CGCS2000_A / Math.sqrt(w2);
    const m = (n * (1 - CGCS2000_E2)) / w2;
    length += Math.hypot(m * dLat * RAD, n * Math.cos(phi) * dLon * RAD);
  }
  return length;
}

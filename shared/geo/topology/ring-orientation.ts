// Winding of a ring in longitude/latitude (planar shoelace sign): positive = counter-clockwise.
import type { Position } from 'geojson';

export function planarSignedArea(ring: readonly Position[]): number {
  let sum = 0;
  const x0 = ring[0]?.[0] ?? 0, y0 = ring[0]?.[1] ?? 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!, b = ring[(i + 1) % ring.length]!;
    sum += (a[0]! - x0) * (b[1]! - y0) - (b[0]! - x0) * (a[1]! - y0);
  }
  return sum / 2;
}

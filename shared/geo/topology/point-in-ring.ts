// Planar point-in-ring by ray casting, in degrees: enough to tell whether a hole's vertex lies in its shell.
import type { Position } from 'geojson';

export function pointInRing(point: readonly number[], ring: readonly Position[]): boolean {
  const x = point[0]!, y = point[1]!;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!, yi = ring[i]![1]!, xj = ring[j]![0]!, yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

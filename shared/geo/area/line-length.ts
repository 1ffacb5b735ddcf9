// Geodesic length of a line on CGCS2000 (the measure tool's distance).
import type { Position } from 'geojson';
import { cgcs2000Geodesic, DISTANCE_ONLY } from '../ellipsoid/geodesic';

export function lineLength(line: readonly Position[]): number {
  let length = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1]!;
    const b = line[i]!;
    length += cgcs2000Geodesic.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, DISTANCE_ONLY).s12 ?? 0;
  }
  return length;
}

// Convex hull of points (Andrew's monotone chain), counter-clockwise and closed: the outline of a linkage project
// drawn around its demolition parcels and construction plots.
import type { Polygon, Position } from 'geojson';

const cross = (o: Position, a: Position, b: Position): number => (a[0]! - o[0]!) * (b[1]! - o[1]!) - (a[1]! - o[1]!) * (b[0]! - o[0]!);

export function convexHull(points: readonly Position[]): Polygon | null {
  const sorted = [...points].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);
  if (sorted.length < 3) return null;
  const lower: Position[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: Position[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  const ring = [...lower.slice(0, -1), ...upper.slice(0, -1)];
  if (ring.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

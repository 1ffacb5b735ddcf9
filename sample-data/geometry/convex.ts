// Convex polygons (counter-clockwise, open rings): clipping by a half-plane, containment with a margin. The county,
// its townships and villages are convex cells before they are warped, which keeps all of this exact and fast.
import type { Ring, XY } from './plane';

/** Keeps the part of `ring` where (p − origin) · normal ≤ offset. Sutherland–Hodgman against one line. */
export function clipByHalfPlane(ring: Ring, normal: XY, offset: number): Ring {
  const result: Ring = [];
  const side = (p: XY) => p[0] * normal[0] + p[1] * normal[1] - offset;
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i]!;
    const previous = ring[(i + ring.length - 1) % ring.length]!;
    const sc = side(current);
    const sp = side(previous);
    if (sc <= 0) {
      if (sp > 0) result.push(intersect(previous, current, sp, sc));
      result.push(current);
    } else if (sp <= 0) {
      result.push(intersect(previous, current, sp, sc));
    }
  }
  return result;
}

function intersect(a: XY, b: XY, sa: number, sb: number): XY {
  const t = sa / (sa - sb);
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
}

/** Signed distance from `p` to the nearest edge of a counter-clockwise convex ring (positive inside). */
export function insideDistance(ring: Ring, p: XY): number {
  let min = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const ex = b[0] - a[0];
    const ey = b[1] - a[1];
    const length = Math.hypot(ex, ey);
    if (length === 0) continue;
    // Left of a counter-clockwise edge is inside.
    const d = (ex * (p[1] - a[1]) - ey * (p[0] - a[0])) / length;
    if (d < min) min = d;
  }
  return min;
}

export function boundingBox(ring: Ring): [number, number, number, number] {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const [x, y] of ring) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** Convex hull (Andrew's monotone chain), counter-clockwise, open ring. */
export function convexHull(points: readonly XY[]): Ring {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: XY, a: XY, b: XY) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: XY[] = [];
  for (const p of sorted) {
    while (lower.length >= 2 && cross(lower[lower.length - 2]!, lower[lower.length - 1]!, p) <= 0) lower.pop();
    lower.push(p);
  }
  const upper: XY[] = [];
  for (let i = sorted.length - 1; i >= 0; i--) {
    const p = sorted[i]!;
    while (upper.length >= 2 && cross(upper[upper.length - 2]!, upper[upper.length - 1]!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

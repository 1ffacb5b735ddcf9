// Where two segments cross (planar, in the coordinates given), for the self-intersection check.

/** The crossing point of segments ab and cd, or undefined when they do not meet. Touching at an end counts. */
export function segmentIntersection(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): [number, number] | undefined {
  const rx = bx - ax, ry = by - ay, sx = dx - cx, sy = dy - cy;
  const denominator = rx * sy - ry * sx;
  const qpx = cx - ax, qpy = cy - ay;
  if (denominator === 0) {
    // Parallel: they meet only if collinear and overlapping.
    if (qpx * ry - qpy * rx !== 0) return undefined;
    const length2 = rx * rx + ry * ry;
    if (length2 === 0) return undefined;
    const t0 = (qpx * rx + qpy * ry) / length2;
    const t1 = t0 + (sx * rx + sy * ry) / length2;
    const lo = Math.max(0, Math.min(t0, t1));
    const hi = Math.min(1, Math.max(t0, t1));
    if (lo > hi) return undefined;
    return [ax + lo * rx, ay + lo * ry];
  }
  const t = (qpx * sy - qpy * sx) / denominator;
  const u = (qpx * ry - qpy * rx) / denominator;
  if (t < 0 || t > 1 || u < 0 || u > 1) return undefined;
  return [ax + t * rx, ay + t * ry];
}

// Shapes of fields and building plots: sheared, rotated rectangles with some corners cut, the way reclaimed
// homestead land and resettlement blocks look on a cadastral map. Always convex, so a shape lies inside its
// bounding circle and a point in its inner core lies inside it.
import type { Ring, XY } from '../geometry/plane';
import type { Random } from '../prng';

export interface PlacedShape {
  readonly ring: Ring;
  readonly center: XY;
  readonly radius: number;
  /** Half-extents of a rectangle around the centre (in the shape's own axes) that lies inside the shape. */
  readonly core: { readonly halfWidth: number; readonly halfHeight: number; readonly angle: number };
}

export interface ShapeSpec {
  readonly area: number;
  readonly aspect: number;
  readonly angle: number;
}

/** Half-extents and bounding radius of the shape for `spec`, before it is placed. */
export function shapeSize(spec: ShapeSpec): { halfWidth: number; halfHeight: number; radius: number } {
  // Corner cuts remove up to ~12 % of the area: build slightly larger so the target area is about right.
  const width = Math.sqrt(spec.area * 1.08 * spec.aspect);
  const height = (spec.area * 1.08) / width;
  return { halfWidth: width / 2, halfHeight: height / 2, radius: Math.hypot(width / 2 + height * 0.15, height / 2) };
}

export function fieldShape(center: XY, spec: ShapeSpec, random: Random): PlacedShape {
  const { halfWidth: hw, halfHeight: hh, radius } = shapeSize(spec);
  const shear = random.range(-0.15, 0.15);
  const corners: XY[] = [[-hw, -hh], [hw, -hh], [hw, hh], [-hw, hh]].map(([x, y]) => [x! + shear * y!, y!]);
  const ring: XY[] = [];
  corners.forEach((corner, i) => {
    if (random.chance(0.3)) {
      // Cut this corner: replace it by two points a little way along its two edges.
      const previous = corners[(i + 3) % 4]!;
      const next = corners[(i + 1) % 4]!;
      const t = random.range(0.08, 0.25);
      ring.push([corner[0] + (previous[0] - corner[0]) * t, corner[1] + (previous[1] - corner[1]) * t]);
      ring.push([corner[0] + (next[0] - corner[0]) * t, corner[1] + (next[1] - corner[1]) * t]);
    } else {
      ring.push(corner);
    }
  });
  const cos = Math.cos(spec.angle);
  const sin = Math.sin(spec.angle);
  return {
    ring: ring.map(([x, y]) => [center[0] + x * cos - y * sin, center[1] + x * sin + y * cos]),
    center,
    radius,
    core: { halfWidth: hw * 0.45, halfHeight: hh * 0.45, angle: spec.angle },
  };
}

/** A random point inside the shape's core. */
export function pointInShape(shape: PlacedShape, random: Random): XY {
  const x = random.range(-shape.core.halfWidth, shape.core.halfWidth);
  const y = random.range(-shape.core.halfHeight, shape.core.halfHeight);
  const cos = Math.cos(shape.core.angle);
  const sin = Math.sin(shape.core.angle);
  return [shape.center[0] + x * cos - y * sin, shape.center[1] + x * sin + y * cos];
}

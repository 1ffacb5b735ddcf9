import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convexHull } from './convex-hull';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

describe('convex hull', () => {
  it('is the square around a square with a point inside', () => {
    const hull = convexHull([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]]);
    expect(hull?.coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });
  it('is null for fewer than three distinct non-collinear points', () => {
    expect(convexHull([[0, 0], [1, 1]])).toBeNull();
    expect(convexHull([[0, 0], [1, 1], [2, 2]])).toBeNull();
  });
  it('contains every point (property)', () => {
    const point = fc.tuple(fc.double({ min: 113, max: 115, noNaN: true }), fc.double({ min: 38, max: 40, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 4, maxLength: 40 }), (points) => {
        const hull = convexHull(points);
        if (!hull) return true;
        return points.every((p) => booleanPointInPolygon(p, hull, { ignoreBoundary: false }));
      }),
      { numRuns: 100 },
    );
  });
});

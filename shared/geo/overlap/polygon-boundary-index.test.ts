// The shortcut of the village check (no clipping when no boundary edge reaches a parcel's box) reports exactly what
// clipping every parcel reports: the same parcels outside their village, with the same areas.
import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../area/ellipsoidal-area';
import { findOutsideContainers } from './outside-containers';
import { polygonBoundaryIndex, segmentMeetsBox } from './polygon-boundary-index';
import { polygonIntersection } from './polygon-intersection-area';
import { pointInRing } from '../topology/point-in-ring';

const square = (x: number, y: number, d: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });

/** A village with a notch and a hole: concave, so boxes near it are often crossed only by the edges' boxes. */
const village: Polygon = {
  type: 'Polygon',
  coordinates: [
    [[114, 38.8], [114.02, 38.8], [114.02, 38.82], [114.01, 38.81], [114, 38.82], [114, 38.8]] as Position[],
    [[114.004, 38.803], [114.004, 38.806], [114.007, 38.806], [114.007, 38.803], [114.004, 38.803]] as Position[],
  ],
};

describe('polygon boundary index', () => {
  it('finds the same parcels outside their village as clipping each one, with the same areas', () => {
    const parcel = fc.record({ x: fc.double({ min: 113.998, max: 114.021, noNaN: true }), y: fc.double({ min: 38.798, max: 38.821, noNaN: true }), d: fc.double({ min: 0.0001, max: 0.003, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(parcel, { minLength: 1, maxLength: 40 }), (parcels) => {
        const items = parcels.map((p, i) => ({ id: i, geometry: square(p.x, p.y, p.d) }));
        const found = findOutsideContainers(items, new Map([['甲村', village]]), () => '甲村');
        const clipped = items.flatMap((item) => {
          const outside = ellipsoidalArea(item.geometry) - (polygonIntersection(item.geometry, village)?.areaM2 ?? 0);
          return outside >= 1 ? [{ id: item.id, outside }] : [];
        });
        expect(found.map((f) => f.id)).toEqual(clipped.map((c) => c.id));
        found.forEach((f, i) => expect(Math.abs(f.outsideAreaM2 - clipped[i]!.outside)).toBeLessThan(1e-6 * Math.max(1, clipped[i]!.outside)));
      }),
      { numRuns: 60 },
    );
  });

  it('says inside exactly where ray casting over every ring does', () => {
    const index = polygonBoundaryIndex(village);
    const [shell, hole] = village.coordinates as [Position[], Position[]];
    fc.assert(
      fc.property(fc.double({ min: 113.999, max: 114.021, noNaN: true }), fc.double({ min: 38.799, max: 38.821, noNaN: true }), (x, y) => {
        expect(index.contains(x, y)).toBe(pointInRing([x, y], shell) && !pointInRing([x, y], hole));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells inside from outside, holes included, and which boxes an edge reaches', () => {
    const index = polygonBoundaryIndex(village);
    expect(index.contains(114.002, 38.801)).toBe(true);
    expect(index.contains(114.005, 38.804)).toBe(false); // in the hole
    expect(index.contains(114.01, 38.818)).toBe(false); // in the notch
    expect(index.boundaryMeetsBox(114.001, 38.801, 114.002, 38.802)).toBe(false);
    // The notch's diagonal edge has a box that covers this one, but the edge itself passes beside it.
    expect(index.boundaryMeetsBox(114.0175, 38.8115, 114.0185, 38.8125)).toBe(false);
    expect(index.contains(114.018, 38.812)).toBe(true);
    expect(index.boundaryMeetsBox(114.0195, 38.805, 114.021, 38.806)).toBe(true);
    expect(segmentMeetsBox(0, 0, 10, 10, 4, 6, 5, 7)).toBe(false);
    expect(segmentMeetsBox(0, 0, 10, 10, 4, 4, 5, 5)).toBe(true);
    expect(segmentMeetsBox(0, 0, 10, 0, 2, 0, 3, 1)).toBe(true); // along the box's edge
  });
});

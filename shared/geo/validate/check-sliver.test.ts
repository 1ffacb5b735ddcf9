// The sliver check settles most polygons with an estimated perimeter; near the threshold it measures the exact one.
// Its verdicts and messages are those of the exact geodesic perimeter, for strips on both sides of the threshold.
import fc from 'fast-check';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea, ellipsoidalPerimeter } from '../area/ellipsoidal-area';
import { ringPerimeter } from '../area/ring-perimeter';
import { ringPerimeterEstimate } from '../area/ring-perimeter-estimate';
import { checkSliver } from './check-sliver';

const strip = (lon: number, lat: number, lengthDeg: number, widthDeg: number, turn: number): Polygon => {
  const c = Math.cos(turn), s = Math.sin(turn);
  const corner = (u: number, v: number) => [lon + u * c - v * s, lat + u * s + v * c];
  return { type: 'Polygon', coordinates: [[corner(0, 0), corner(lengthDeg, 0), corner(lengthDeg, widthDeg), corner(0, widthDeg), corner(0, 0)]] };
};

describe('checkSliver', () => {
  it('gives the verdict and message of the exact perimeter, from squares to strips around the threshold', () => {
    const arb = fc.record({
      lon: fc.double({ min: 112, max: 118, noNaN: true }),
      lat: fc.double({ min: 30, max: 45, noNaN: true }),
      length: fc.double({ min: 0.0005, max: 0.05, noNaN: true }),
      // Width / length from a square down to well below thinness 0.03 (a strip of ratio r has thinness ≈ π·r).
      ratio: fc.oneof(fc.double({ min: 0.001, max: 1, noNaN: true }), fc.double({ min: 0.0094, max: 0.0097, noNaN: true })),
      turn: fc.double({ min: 0, max: Math.PI, noNaN: true }),
    });
    fc.assert(
      fc.property(arb, ({ lon, lat, length, ratio, turn }) => {
        const polygon = strip(lon, lat, length, length * ratio, turn);
        const area = ellipsoidalArea(polygon);
        const perimeter = ellipsoidalPerimeter(polygon);
        const thinness = (4 * Math.PI * area) / (perimeter * perimeter);
        const problems = checkSliver(polygon, { en: '', zh: '' }, 1, 0.03);
        if (area < 1) expect(problems.map((p) => p.code)).toEqual(['sliver_area']);
        else if (thinness < 0.03) {
          expect(problems.map((p) => p.code)).toEqual(['sliver_thin']);
          expect(problems[0]!.message).toContain(`thinness ${thinness.toFixed(4)}`);
        } else expect(problems).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('estimates parcel perimeters within 1e-6 of GeographicLib', () => {
    for (const [lon, lat, size] of [[114, 38.8, 0.001], [117.2, 31.5, 0.01], [113, 44.9, 0.05]] as const) {
      const ring = strip(lon, lat, size, size / 3, 0.4).coordinates[0]!;
      expect(Math.abs(ringPerimeterEstimate(ring) / ringPerimeter(ring) - 1)).toBeLessThan(1e-6);
    }
  });
});

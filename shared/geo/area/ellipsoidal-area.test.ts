import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea, ellipsoidalPerimeter } from './ellipsoidal-area';
import { geodesicRingSignedArea } from './ring-area-geodesic';
import { planimeterAgreement, type PlanimeterFixture } from './planimeter-reference';

const fixtures = (JSON.parse(readFileSync(new URL('../../../tests/fixtures/planimeter/polygons.json', import.meta.url), 'utf8')) as { polygons: PlanimeterFixture[] }).polygons;

describe('ellipsoidal area against GeographicLib Planimeter', () => {
  const agreement = planimeterAgreement(fixtures);
  it('covers 50 m² to 5 km², holes and multiple parts', () => {
    expect(fixtures.length).toBeGreaterThan(100);
    expect(Math.min(...fixtures.map((f) => f.area_m2))).toBeLessThan(100);
    expect(Math.max(...fixtures.map((f) => f.area_m2))).toBeGreaterThan(3e6);
  });
  it('agrees to 1e-9 with the geodesic Planimeter from 5 ha up', () => expect(agreement.maxRelativeErrorLarge).toBeLessThanOrEqual(1e-9));
  it('agrees to 1e-9 with Planimeter -Q (exact for short edges) below 1 ha', () => expect(agreement.maxRelativeErrorSmall).toBeLessThanOrEqual(1e-9));
  it('stays within 1e-9 plus Planimeter’s own absolute floor everywhere', () => expect(agreement.maxExcessPerRingM2).toBeLessThanOrEqual(5e-5));
  it('matches the Planimeter perimeter to 1e-9', () => {
    for (const f of fixtures) expect(Math.abs(ellipsoidalPerimeter(f.geometry) - f.perimeter_m) / f.perimeter_m).toBeLessThanOrEqual(1e-9);
  });
});

describe('ellipsoidal area of large rings', () => {
  it('falls back to GeographicLib for a province-sized ring and agrees with it', () => {
    const ring: Position[] = [[113, 36], [117, 36], [117, 41], [113, 41], [113, 36]];
    const area = ellipsoidalArea({ type: 'Polygon', coordinates: [ring] });
    expect(area).toBeCloseTo(geodesicRingSignedArea(ring), 3);
  });
});

// Random parcels near the sample county: a star-shaped ring of n vertices around (lon, lat), radius in metres.
const parcel = fc
  .record({
    lon: fc.double({ min: 112.5, max: 115.5, noNaN: true }),
    lat: fc.double({ min: 36, max: 42, noNaN: true }),
    radius: fc.double({ min: 5, max: 1500, noNaN: true }),
    wobble: fc.array(fc.double({ min: 0.6, max: 1, noNaN: true }), { minLength: 4, maxLength: 30 }),
  })
  .map(({ lon, lat, radius, wobble }) => {
    const ring: Position[] = wobble.map((w, i) => {
      const angle = (2 * Math.PI * i) / wobble.length;
      return [lon + (radius * w * Math.cos(angle)) / (111_320 * Math.cos((lat * Math.PI) / 180)), lat + (radius * w * Math.sin(angle)) / 110_950];
    });
    return [...ring, ring[0]!];
  });

const polygon = (...rings: Position[][]): Polygon => ({ type: 'Polygon', coordinates: rings });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;

describe('ellipsoidal area properties', () => {
  it('is invariant under vertex rotation', () =>
    fc.assert(fc.property(parcel, fc.nat(), (ring, k) => {
      const open = ring.slice(0, -1);
      const shift = k % open.length;
      const rotated = [...open.slice(shift), ...open.slice(0, shift)];
      return close(ellipsoidalArea(polygon(ring)), ellipsoidalArea(polygon([...rotated, rotated[0]!])));
    })));

  it('is invariant under ring reversal', () =>
    fc.assert(fc.property(parcel, (ring) => close(ellipsoidalArea(polygon(ring)), ellipsoidalArea(polygon([...ring].reverse()))))));

  it('is additive when a polygon is split in two along a geodesic chord', () =>
    fc.assert(fc.property(parcel, fc.nat(), (ring, k) => {
      const open = ring.slice(0, -1);
      const n = open.length;
      const i = k % n;
      const j = (i + Math.floor(n / 2)) % n; // a chord between two opposite vertices of a star-shaped ring
      const part = (from: number, to: number) => {
        const vertices: Position[] = [];
        for (let m = from; m !== to; m = (m + 1) % n) vertices.push(open[m]!);
        vertices.push(open[to]!, open[from]!);
        return polygon(vertices);
      };
      const whole = ellipsoidalArea(polygon(ring));
      return Math.abs(ellipsoidalArea(part(i, j)) + ellipsoidalArea(part(j, i)) - whole) <= 1e-9 * whole;
    })));

  it('subtracts holes', () =>
    fc.assert(fc.property(parcel, (ring) => {
      // A hole: the same ring shrunk towards its first vertex's neighbourhood centre.
      const open = ring.slice(0, -1);
      const cx = open.reduce((s, p) => s + p[0]!, 0) / open.length;
      const cy = open.reduce((s, p) => s + p[1]!, 0) / open.length;
      const hole = ring.map((p) => [cx + 0.3 * (p[0]! - cx), cy + 0.3 * (p[1]! - cy)]).reverse();
      const withHole = ellipsoidalArea(polygon(ring, hole));
      return close(withHole, ellipsoidalArea(polygon(ring)) - ellipsoidalArea(polygon(hole)));
    })));

  it('sums the parts of a MultiPolygon', () =>
    fc.assert(fc.property(parcel, parcel, (a, b) => {
      const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[a], [b]] };
      return close(ellipsoidalArea(multi), ellipsoidalArea(polygon(a)) + ellipsoidalArea(polygon(b)));
    })));
});

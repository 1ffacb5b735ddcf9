// The area read straight from WKB is the area of the decoded geometry, bit for bit: for parcels (fast series), for
// rings beyond the series' limits (GeographicLib), with holes, several parts, Z and M values and either byte order.
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geometryArea } from '../../domain/cached-area';
import { encodeGeometryBlob } from '../../gpkg/geometry-blob';
import { readWkb } from '../../gpkg/wkb-read';
import { geometryBlobArea } from '../../ledger/geometry-blob-area';
import { wkbPolygonalArea, WkbAreaError } from './wkb-polygonal-area';

/** A closed star-shaped ring around (lon, lat) of about `r` degrees: simple, any winding. */
const ring = (lon: number, lat: number, r: number, n: number, jitter: readonly number[], clockwise: boolean): Position[] => {
  const points: Position[] = [];
  for (let i = 0; i < n; i++) {
    const angle = ((clockwise ? -1 : 1) * 2 * Math.PI * i) / n;
    const radius = r * (0.6 + 0.4 * jitter[i % jitter.length]!);
    points.push([lon + radius * Math.cos(angle), lat + radius * Math.sin(angle)]);
  }
  return [...points, points[0]!];
};

const polygonArb = fc
  .record({
    lon: fc.double({ min: 112, max: 118, noNaN: true }),
    lat: fc.double({ min: 30, max: 45, noNaN: true }),
    // From a 50 m² corner of a field to rings far beyond the fast series' limits (0.5° of travel).
    r: fc.oneof(fc.double({ min: 0.0001, max: 0.01, noNaN: true }), fc.double({ min: 0.2, max: 2, noNaN: true })),
    n: fc.integer({ min: 3, max: 40 }),
    jitter: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
    clockwise: fc.boolean(),
    hole: fc.boolean(),
  })
  .map(({ lon, lat, r, n, jitter, clockwise, hole }): Position[][] => [ring(lon, lat, r, n, jitter, clockwise), ...(hole ? [ring(lon, lat, r / 4, 5, jitter, !clockwise)] : [])]);

const geometryArb: fc.Arbitrary<Polygon | MultiPolygon> = fc.oneof(
  polygonArb.map((coordinates): Polygon => ({ type: 'Polygon', coordinates })),
  fc.array(polygonArb, { minLength: 1, maxLength: 3 }).map((coordinates): MultiPolygon => ({ type: 'MultiPolygon', coordinates })),
);

/** ISO WKB with Z and M (type + 3000), big-endian: what another tool may store. */
function wkbZmBigEndian(geometry: Polygon | MultiPolygon): DataView {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const bytes: number[] = [];
  const view8 = new DataView(new ArrayBuffer(8));
  const u32 = (v: number) => {
    view8.setUint32(0, v, false);
    for (let i = 0; i < 4; i++) bytes.push(view8.getUint8(i));
  };
  const f64 = (v: number) => {
    view8.setFloat64(0, v, false);
    for (let i = 0; i < 8; i++) bytes.push(view8.getUint8(i));
  };
  const polygon = (rings: Position[][]) => {
    bytes.push(0);
    u32(3003);
    u32(rings.length);
    for (const r of rings) {
      u32(r.length);
      for (const p of r) [p[0]!, p[1]!, 120.5, 7].forEach(f64);
    }
  };
  if (geometry.type === 'Polygon') polygon(geometry.coordinates);
  else {
    bytes.push(0);
    u32(3006);
    u32(polygons.length);
    polygons.forEach(polygon);
  }
  return new DataView(new Uint8Array(bytes).buffer);
}

describe('wkbPolygonalArea', () => {
  it('equals geometryArea of the decoded geometry exactly (GeoPackage blobs, and Z/M big-endian WKB)', () => {
    fc.assert(
      fc.property(geometryArb, (geometry) => {
        const expected = geometryArea(geometry);
        expect(Object.is(geometryBlobArea(encodeGeometryBlob(geometry, 4490)), expected)).toBe(true);
        const zm = wkbZmBigEndian(geometry);
        expect(Object.is(wkbPolygonalArea(zm), geometryArea(readWkb(zm) as Polygon | MultiPolygon))).toBe(true);
        expect(Object.is(wkbPolygonalArea(zm), expected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives null for points and lines and refuses truncated bytes, as decoding does', () => {
    expect(geometryBlobArea(encodeGeometryBlob({ type: 'Point', coordinates: [114, 38] }, 4490))).toBeNull();
    expect(geometryBlobArea(encodeGeometryBlob({ type: 'LineString', coordinates: [[114, 38], [114.1, 38]] }, 4490))).toBeNull();
    const blob = encodeGeometryBlob({ type: 'Polygon', coordinates: [ring(114, 38.8, 0.001, 6, [0.5], false)] }, 4490);
    expect(() => geometryBlobArea(blob.subarray(0, blob.length - 9))).toThrow(WkbAreaError);
  });
});

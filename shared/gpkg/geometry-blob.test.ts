import fc from 'fast-check';
import type { Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { decodeGeometryBlob, encodeGeometryBlob, geometryBlobEnvelope, GeometryBlobError } from './geometry-blob';
import { geometryEnvelope } from './envelope';

const coordinate = fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })) as fc.Arbitrary<Position>;
const line = fc.array(coordinate, { minLength: 2, maxLength: 12 });
const ring = fc.array(coordinate, { minLength: 3, maxLength: 12 }).map((points) => [...points, points[0]!]);
const polygon = fc.array(ring, { minLength: 1, maxLength: 3 }); // shell plus holes

const geometry: fc.Arbitrary<Geometry> = fc.oneof(
  coordinate.map((coordinates) => ({ type: 'Point', coordinates }) as Geometry),
  fc.array(coordinate, { minLength: 1, maxLength: 8 }).map((coordinates) => ({ type: 'MultiPoint', coordinates }) as Geometry),
  line.map((coordinates) => ({ type: 'LineString', coordinates }) as Geometry),
  fc.array(line, { minLength: 1, maxLength: 4 }).map((coordinates) => ({ type: 'MultiLineString', coordinates }) as Geometry),
  polygon.map((coordinates) => ({ type: 'Polygon', coordinates }) as Geometry),
  fc.array(polygon, { minLength: 1, maxLength: 4 }).map((coordinates) => ({ type: 'MultiPolygon', coordinates }) as Geometry),
);

describe('GeoPackage geometry blob', () => {
  it('round-trips every geometry type exactly (property)', () => {
    fc.assert(
      fc.property(geometry, (g) => {
        const decoded = decodeGeometryBlob(encodeGeometryBlob(g, 4490));
        expect(decoded.srsId).toBe(4490);
        expect(decoded.empty).toBe(false);
        expect(decoded.geometry).toEqual(g);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the header GDAL expects: GP, version 0, little-endian, XY envelope except for points', () => {
    const polygon: Geometry = { type: 'Polygon', coordinates: [[[114, 38], [114.2, 38], [114.1, 38.3], [114, 38]]] };
    const blob = encodeGeometryBlob(polygon, 4490);
    expect([...blob.subarray(0, 4)]).toEqual([0x47, 0x50, 0, 0b0011]);
    expect(geometryBlobEnvelope(blob)).toEqual([114, 38, 114.2, 38.3]);
    const point = encodeGeometryBlob({ type: 'Point', coordinates: [114, 38] }, 4490);
    expect(point[3]).toBe(1);
    expect(point.length).toBe(8 + 21);
  });

  it('gives the envelope from the header without decoding (property)', () => {
    fc.assert(
      fc.property(geometry, (g) => {
        expect(geometryBlobEnvelope(encodeGeometryBlob(g, 4490))).toEqual(geometryEnvelope(g));
      }),
    );
  });

  it('marks an empty point with the empty flag and NaN coordinates', () => {
    const blob = encodeGeometryBlob({ type: 'Point', coordinates: [] }, 4490);
    expect(blob[3]! & 0x10).toBe(0x10);
    const decoded = decodeGeometryBlob(blob);
    expect(decoded.empty).toBe(true);
    expect(decoded.geometry).toEqual({ type: 'Point', coordinates: [] });
  });

  it('reads big-endian headers and WKB written by other tools, with Z kept and M dropped', () => {
    // Big-endian header (flags bit 0 clear), envelope XY, then a big-endian ISO PolygonZ.
    const ring = [[1, 2, 10], [3, 2, 10], [3, 4, 10], [1, 2, 10]];
    const bytes = new Uint8Array(8 + 32 + 1 + 4 + 4 + 4 + ring.length * 24);
    const view = new DataView(bytes.buffer);
    bytes.set([0x47, 0x50, 0, 0b0010]);
    view.setInt32(4, 4490, false);
    [1, 3, 2, 4].forEach((v, i) => view.setFloat64(8 + i * 8, v, false));
    let o = 40;
    view.setUint8(o, 0);
    view.setUint32(o + 1, 1003, false);
    view.setUint32(o + 5, 1, false);
    view.setUint32(o + 9, ring.length, false);
    o += 13;
    for (const p of ring) for (const v of p) { view.setFloat64(o, v, false); o += 8; }
    const decoded = decodeGeometryBlob(bytes);
    expect(decoded.srsId).toBe(4490);
    expect(decoded.geometry).toEqual({ type: 'Polygon', coordinates: [ring] });
    expect(geometryBlobEnvelope(bytes)).toEqual([1, 2, 3, 4]);

    // Little-endian MultiPoint M (2001 parts): M is dropped.
    const mp = new Uint8Array(8 + 9 + 29);
    const mv = new DataView(mp.buffer);
    mp.set([0x47, 0x50, 0, 1]);
    mv.setInt32(4, 4490, true);
    mv.setUint8(8, 1); mv.setUint32(9, 2004, true); mv.setUint32(13, 1, true);
    mv.setUint8(17, 1); mv.setUint32(18, 2001, true);
    mv.setFloat64(22, 5, true); mv.setFloat64(30, 6, true); mv.setFloat64(38, 99, true);
    expect(decodeGeometryBlob(mp).geometry).toEqual({ type: 'MultiPoint', coordinates: [[5, 6]] });
  });

  it('refuses values that are not GeoPackage geometries, and truncated WKB', () => {
    expect(() => decodeGeometryBlob(new Uint8Array([1, 2, 3]))).toThrow(GeometryBlobError);
    const blob = encodeGeometryBlob({ type: 'LineString', coordinates: [[1, 2], [3, 4]] }, 4490);
    expect(() => decodeGeometryBlob(blob.subarray(0, blob.length - 4))).toThrow(GeometryBlobError);
  });
});

import { describe, expect, it } from 'vitest';
import { crsByCode } from './crs-registry';
import { parseCrsCode, UnknownCrsError } from './parse-crs-code';
import { transformFromCgcs2000 } from './transform/from-cgcs2000';
import { transformToCgcs2000 } from './transform/to-cgcs2000';

describe('CRS registry', () => {
  it('numbers the CGCS2000 3° zones as EPSG does', () => {
    expect(crsByCode(4513)?.gaussKruger).toMatchObject({ zone: 25, centralMeridian: 75, prefixed: true, falseEasting: 25_500_000 });
    expect(crsByCode(4526)?.gaussKruger).toMatchObject({ zone: 38, centralMeridian: 114, prefixed: true });
    expect(crsByCode(4533)?.gaussKruger).toMatchObject({ zone: 45, centralMeridian: 135 });
    expect(crsByCode(4534)?.gaussKruger).toMatchObject({ centralMeridian: 75, prefixed: false, falseEasting: 500_000 });
    expect(crsByCode(4547)?.gaussKruger).toMatchObject({ centralMeridian: 114, prefixed: false });
    expect(crsByCode(4554)?.gaussKruger).toMatchObject({ centralMeridian: 135, prefixed: false });
  });
  it('numbers the 6° zones, Xian 1980 and Beijing 1954 grids', () => {
    expect(crsByCode(4491)?.gaussKruger).toMatchObject({ zoneWidth: 6, zone: 13, centralMeridian: 75, prefixed: true });
    expect(crsByCode(4512)?.gaussKruger).toMatchObject({ zoneWidth: 6, centralMeridian: 135, prefixed: false });
    expect(crsByCode(2362)).toMatchObject({ datum: 'Xian1980', gaussKruger: { zone: 38 } });
    expect(crsByCode(2383)).toMatchObject({ datum: 'Xian1980', gaussKruger: { centralMeridian: 114, prefixed: false } });
    expect(crsByCode(2414)).toMatchObject({ datum: 'Beijing1954', gaussKruger: { zone: 38 } });
    expect(crsByCode(2435)).toMatchObject({ datum: 'Beijing1954', gaussKruger: { centralMeridian: 114 } });
    expect(crsByCode(2362)?.datumWarning?.en).toMatch(/official parameters/);
    expect(crsByCode(4526)?.datumWarning).toBeUndefined();
  });
  it('projects the central meridian to a 500 km easting and back', () => {
    const [x, y] = transformFromCgcs2000(crsByCode(4547)!)(114, 38.8);
    expect(x).toBeCloseTo(500_000, 6);
    expect(y).toBeGreaterThan(4.29e6);
    const [lon, lat] = transformToCgcs2000(crsByCode(4547)!, false)(x, y);
    expect(lon).toBeCloseTo(114, 10);
    expect(lat).toBeCloseTo(38.8, 10);
  });
  it('reads the ways users write a CRS', () => {
    for (const text of ['EPSG:4547', 'epsg:4547', '4547', 'urn:ogc:def:crs:EPSG::4547']) expect(parseCrsCode(text).code).toBe(4547);
    expect(parseCrsCode('urn:ogc:def:crs:OGC:1.3:CRS84').code).toBe(4326);
    expect(() => parseCrsCode('EPSG:99999')).toThrow(UnknownCrsError);
  });
});

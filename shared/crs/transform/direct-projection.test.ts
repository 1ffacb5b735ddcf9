import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { knownCrs } from '../crs-registry';
import { directForward, directInverse } from './direct-projection';

const CGCS2000_DEGREES = '+proj=longlat +a=6378137 +rf=298.257222101 +no_defs';
const projected = knownCrs().filter((crs) => crs.kind !== 'geographic');

describe('direct projection calls', () => {
  it('are offered for every Gauss-Krüger system Landlink knows', () => {
    expect(projected.length).toBeGreaterThan(100);
    for (const crs of projected) {
      expect(directInverse(crs.proj4, CGCS2000_DEGREES), crs.name).not.toBeNull();
      expect(directForward(crs.proj4, CGCS2000_DEGREES), crs.name).not.toBeNull();
    }
  });

  it('give what proj4’s converter gives, both ways, anywhere in the zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: projected.length - 1 }), fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: 18, max: 53, noNaN: true }), (index, dLon, latitude) => {
        const crs = projected[index]!;
        const centralMeridian = Number(/\+lon_0=([-\d.]+)/.exec(crs.proj4)![1]);
        const converter = proj4(CGCS2000_DEGREES, crs.proj4);
        const longitude = centralMeridian + dLon;
        const [x, y] = converter.forward([longitude, latitude]) as [number, number];
        const [ex, ey] = directForward(crs.proj4, CGCS2000_DEGREES)!(longitude, latitude);
        expect(Math.abs(ex - x)).toBeLessThan(1e-6);
        expect(Math.abs(ey - y)).toBeLessThan(1e-6);
        const [lon, lat] = directInverse(crs.proj4, CGCS2000_DEGREES)!(x, y);
        const [clon, clat] = converter.inverse([x, y]) as [number, number];
        expect(Math.abs(lon - clon)).toBeLessThan(1e-11);
        expect(Math.abs(lat - clat)).toBeLessThan(1e-11);
      }),
      { numRuns: 300 },
    );
  });

  it('are refused where the converter does more than the projection: other units, prime meridians, datum shifts', () => {
    const feet = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +a=6378137 +rf=298.257222101 +units=us-ft +no_defs';
    const paris = '+proj=tmerc +lat_0=0 +lon_0=3 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +pm=paris +units=m +no_defs';
    const shifted = '+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=krass +towgs84=15.8,-154.4,-82.3,0,0,0,0 +units=m +no_defs';
    for (const definition of [feet, paris, shifted]) {
      expect(directInverse(definition, '+proj=longlat +datum=WGS84 +no_defs'), definition).toBeNull();
      expect(directForward(definition, '+proj=longlat +datum=WGS84 +no_defs'), definition).toBeNull();
    }
    expect(directInverse('+proj=longlat +ellps=GRS80 +no_defs', CGCS2000_DEGREES)).toBeNull();
  });
});

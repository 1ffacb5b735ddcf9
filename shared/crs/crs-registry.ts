// Every coordinate system Landlink knows, by EPSG code: geographic systems, Web Mercator and the Gauss-Krüger grids
// generated from GAUSS_KRUGER_FAMILIES.
import type { CrsInfo, Datum } from './crs-info';
import { datumWarning } from './datum-warning';
import {
  BEIJING1954_ELLIPSOID,
  CGCS2000_ELLIPSOID,
  proj4Ellipsoid,
  WGS84_ELLIPSOID,
  XIAN1980_ELLIPSOID,
  type EllipsoidParameters,
} from './ellipsoids';
import { GAUSS_KRUGER_FAMILIES } from './gauss-kruger-families';
import { centralMeridianOfZone, falseEastingOfZone } from './gauss-kruger-zone';

export const ELLIPSOID_OF_DATUM: Readonly<Record<Datum, EllipsoidParameters>> = {
  CGCS2000: CGCS2000_ELLIPSOID,
  Xian1980: XIAN1980_ELLIPSOID,
  Beijing1954: BEIJING1954_ELLIPSOID,
  WGS84: WGS84_ELLIPSOID,
};

function geographic(code: number, name: string, datum: Datum): CrsInfo {
  const warning = datumWarning(datum);
  return {
    code,
    name,
    kind: 'geographic',
    datum,
    proj4: `+proj=longlat ${proj4Ellipsoid(ELLIPSOID_OF_DATUM[datum])} +no_defs`,
    ...(warning ? { datumWarning: warning } : {}),
  };
}

/** The proj4 definition of a Gauss-Krüger zone (transverse Mercator, scale 1 on the central meridian). */
export function gaussKrugerProj4(datum: Datum, centralMeridian: number, falseEasting: number): string {
  return `+proj=tmerc +lat_0=0 +lon_0=${centralMeridian} +k=1 +x_0=${falseEasting} +y_0=0 ${proj4Ellipsoid(ELLIPSOID_OF_DATUM[datum])} +units=m +no_defs`;
}

function buildRegistry(): Map<number, CrsInfo> {
  const registry = new Map<number, CrsInfo>();
  for (const crs of [
    geographic(4490, 'China Geodetic Coordinate System 2000', 'CGCS2000'),
    geographic(4326, 'WGS 84', 'WGS84'),
    geographic(4610, 'Xian 1980', 'Xian1980'),
    geographic(4214, 'Beijing 1954', 'Beijing1954'),
  ])
    registry.set(crs.code, crs);
  registry.set(3857, {
    code: 3857,
    name: 'WGS 84 / Pseudo-Mercator',
    kind: 'projected',
    datum: 'WGS84',
    proj4: '+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +no_defs',
  });
  for (const family of GAUSS_KRUGER_FAMILIES) {
    const warning = datumWarning(family.datum);
    for (let zone = family.firstZone; zone <= family.lastZone; zone++) {
      const code = family.firstCode + zone - family.firstZone;
      const centralMeridian = centralMeridianOfZone(zone, family.zoneWidth);
      const falseEasting = falseEastingOfZone(zone, family.prefixed);
      registry.set(code, {
        code,
        name: family.prefixed ? `${family.title} ${zone}` : `${family.title} ${centralMeridian}E`,
        kind: 'projected',
        datum: family.datum,
        proj4: gaussKrugerProj4(family.datum, centralMeridian, falseEasting),
        gaussKruger: { zoneWidth: family.zoneWidth, zone, centralMeridian, prefixed: family.prefixed, falseEasting },
        ...(warning ? { datumWarning: warning } : {}),
      });
    }
  }
  return registry;
}

let registry: Map<number, CrsInfo> | undefined;

/** The system with this EPSG code, or undefined when Landlink does not know it. */
export function crsByCode(code: number): CrsInfo | undefined {
  registry ??= buildRegistry();
  return registry.get(code);
}

/** All known systems (for pickers and for matching .prj parameters). */
export function knownCrs(): readonly CrsInfo[] {
  registry ??= buildRegistry();
  return [...registry.values()];
}

/** The Gauss-Krüger grid of a datum, zone width and zone, when Landlink knows it. */
export function findGaussKruger(datum: Datum, zoneWidth: 3 | 6, centralMeridian: number, prefixed: boolean): CrsInfo | undefined {
  return knownCrs().find(
    (crs) =>
      crs.datum === datum &&
      crs.gaussKruger?.zoneWidth === zoneWidth &&
      crs.gaussKruger.centralMeridian === centralMeridian &&
      crs.gaussKruger.prefixed === prefixed,
  );
}

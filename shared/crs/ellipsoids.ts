// Ellipsoids of the systems found in Chinese county data, as proj4 parameters.

export interface EllipsoidParameters {
  readonly a: number;
  readonly inverseFlattening: number;
}

/** CGCS2000 (also GRS80 to the precision that matters). */
export const CGCS2000_ELLIPSOID: EllipsoidParameters = { a: 6378137, inverseFlattening: 298.257222101 };
/** Xian 1980 uses the IAG 1975 ellipsoid. */
export const XIAN1980_ELLIPSOID: EllipsoidParameters = { a: 6378140, inverseFlattening: 298.257 };
/** Beijing 1954 uses the Krassowsky 1940 ellipsoid. */
export const BEIJING1954_ELLIPSOID: EllipsoidParameters = { a: 6378245, inverseFlattening: 298.3 };
export const WGS84_ELLIPSOID: EllipsoidParameters = { a: 6378137, inverseFlattening: 298.257223563 };

export function proj4Ellipsoid(ellipsoid: EllipsoidParameters): string {
  return `+a=${ellipsoid.a} +rf=${ellipsoid.inverseFlattening}`;
}

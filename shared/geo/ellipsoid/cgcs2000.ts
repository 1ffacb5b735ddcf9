// The CGCS2000 ellipsoid (China Geodetic Coordinate System 2000). Land-survey areas (三调 图斑面积) are computed on it.
// Its flattening differs from WGS84's (1/298.257223563) in the tenth digit; it is the GRS80 ellipsoid in practice.

/** Semi-major axis in metres. */
export const CGCS2000_A = 6378137;
/** Inverse flattening. */
export const CGCS2000_INVERSE_FLATTENING = 298.257222101;
/** Flattening f = 1 / 298.257222101. */
export const CGCS2000_F = 1 / CGCS2000_INVERSE_FLATTENING;
/** First eccentricity squared e² = f (2 − f). */
export const CGCS2000_E2 = CGCS2000_F * (2 - CGCS2000_F);

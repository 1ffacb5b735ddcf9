// One shared GeographicLib geodesic on the CGCS2000 ellipsoid: the reference every Landlink area is held to.
import geodesic from 'geographiclib-geodesic';
import { CGCS2000_A, CGCS2000_F } from './cgcs2000';

export const cgcs2000Geodesic = new geodesic.Geodesic.Geodesic(CGCS2000_A, CGCS2000_F);

/** Output mask for a distance-only inverse problem (cheaper than the full solution). */
export const DISTANCE_ONLY = geodesic.Geodesic.DISTANCE;

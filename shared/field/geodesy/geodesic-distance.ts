// Distances and bearings on the CGCS2000 ellipsoid for the field: how far a photo is from a house, how far and in
// which direction the next target lies. Geodesic (GeographicLib), so 50 m means 50 m at any latitude.
import { cgcs2000Geodesic } from '../../geo/ellipsoid/geodesic';
import geodesic from 'geographiclib-geodesic';

const DISTANCE_AZIMUTH = geodesic.Geodesic.DISTANCE | geodesic.Geodesic.AZIMUTH;

/** Metres between two lon/lat points. */
export function geodesicDistanceM(a: readonly number[], b: readonly number[]): number {
  return cgcs2000Geodesic.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, geodesic.Geodesic.DISTANCE).s12 ?? 0;
}

/** Distance (m) and initial bearing (0–360°, clockwise from north) from `from` to `to`. */
export function distanceAndBearing(from: readonly number[], to: readonly number[]): { distanceM: number; bearingDeg: number } {
  const result = cgcs2000Geodesic.Inverse(from[1]!, from[0]!, to[1]!, to[0]!, DISTANCE_AZIMUTH);
  const azimuth = result.azi1 ?? 0;
  return { distanceM: result.s12 ?? 0, bearingDeg: (azimuth + 360) % 360 };
}

/** The point `distanceM` metres from `from` along bearing `bearingDeg`. */
export function destination(from: readonly number[], bearingDeg: number, distanceM: number): [number, number] {
  const result = cgcs2000Geodesic.Direct(from[1]!, from[0]!, bearingDeg, distanceM);
  return [result.lon2!, result.lat2!];
}

// Approximate metres east and north of a reference point, for thresholds (spike angles, thinness, tolerances) where a
// local flat approximation is ample. Never used for a reported area.
const METRES_PER_DEGREE_LATITUDE = 110_950;

export function localMetres(origin: readonly number[]): (p: readonly number[]) => [number, number] {
  const lat0 = origin[1]!;
  const { perDegreeLongitude, perDegreeLatitude } = localMetreScale(origin);
  return (p) => [(p[0]! - origin[0]!) * perDegreeLongitude, (p[1]! - lat0) * perDegreeLatitude];
}

/** The factors localMetres multiplies by: metres per degree of longitude (at the origin's latitude) and of latitude. */
export function localMetreScale(origin: readonly number[]): { readonly perDegreeLongitude: number; readonly perDegreeLatitude: number } {
  return { perDegreeLongitude: 111_320 * Math.cos((origin[1]! * Math.PI) / 180), perDegreeLatitude: METRES_PER_DEGREE_LATITUDE };
}

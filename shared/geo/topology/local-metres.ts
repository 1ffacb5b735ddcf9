// Approximate metres east and north of a reference point, for thresholds (spike angles, thinness, tolerances) where a
// local flat approximation is ample. Never used for a reported area.
const METRES_PER_DEGREE_LATITUDE = 110_950;

export function localMetres(origin: readonly number[]): (p: readonly number[]) => [number, number] {
  const lat0 = origin[1]!;
  const metresPerDegreeLongitude = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  return (p) => [(p[0]! - origin[0]!) * metresPerDegreeLongitude, (p[1]! - lat0) * METRES_PER_DEGREE_LATITUDE];
}

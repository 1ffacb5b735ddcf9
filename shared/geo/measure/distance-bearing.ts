// Geodesic distance and initial bearing between two lon/lat points on CGCS2000: what field mode shows as "the next
// target is 240 m at 37° (NE)". Bearings are azimuths clockwise from true north, 0–360°.
import type { Position } from 'geojson';
import geodesic from 'geographiclib-geodesic';
import { cgcs2000Geodesic } from '../ellipsoid/geodesic';

const DISTANCE_AND_AZIMUTH = geodesic.Geodesic.DISTANCE | geodesic.Geodesic.AZIMUTH;

export interface DistanceBearing {
  readonly distanceM: number;
  /** Initial azimuth at `from`, degrees clockwise from north in [0, 360). */
  readonly bearingDeg: number;
}

export function distanceAndBearing(from: Position, to: Position): DistanceBearing {
  const result = cgcs2000Geodesic.Inverse(from[1]!, from[0]!, to[1]!, to[0]!, DISTANCE_AND_AZIMUTH);
  const azimuth = result.azi1 ?? 0;
  return { distanceM: result.s12 ?? 0, bearingDeg: ((azimuth % 360) + 360) % 360 };
}

const POINTS_ZH = ['北', '东北', '东', '东南', '南', '西南', '西', '西北'] as const;
const POINTS_EN = ['N', 'NE', 'E', 'SE', 'S', 'SW', 'W', 'NW'] as const;

/** The eight-point compass name of a bearing (北/东北/… or N/NE/…). */
export function compassPoint(bearingDeg: number, language: 'zh-CN' | 'en'): string {
  const index = Math.round((((bearingDeg % 360) + 360) % 360) / 45) % 8;
  return (language === 'zh-CN' ? POINTS_ZH : POINTS_EN)[index]!;
}

/** A point `distanceM` from `from` along `bearingDeg` (for the accuracy circle and the photo bearing arrow). */
export function destinationPoint(from: Position, bearingDeg: number, distanceM: number): Position {
  const result = cgcs2000Geodesic.Direct(from[1]!, from[0]!, bearingDeg, distanceM);
  return [result.lon2 ?? from[0]!, result.lat2 ?? from[1]!];
}

/** A closed ring approximating the circle of `radiusM` around `centre` (accuracy circle on the map). */
export function circleRing(centre: Position, radiusM: number, steps = 48): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < steps; i++) ring.push(destinationPoint(centre, (360 * i) / steps, radiusM));
  ring.push(ring[0]!);
  return ring;
}

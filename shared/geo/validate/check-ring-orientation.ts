// RFC 7946 winding: shells counter-clockwise, holes clockwise. Areas ignore it, but some readers rely on it.
import type { Position } from 'geojson';
import { planarSignedArea } from '../topology/ring-orientation';
import { capitalised, describeRing, type GeometryProblem, type RingPlace } from './geometry-problem';

export function hasExpectedOrientation(ring: readonly Position[], isShell: boolean): boolean {
  const signed = planarSignedArea(ring);
  return signed === 0 || (isShell ? signed > 0 : signed < 0);
}

export function checkRingOrientation(ring: readonly Position[], place: RingPlace): GeometryProblem[] {
  const isShell = place.ring === 0;
  if (hasExpectedOrientation(ring, isShell)) return [];
  const where = describeRing(place);
  const first = ring[0]!;
  return [{
    code: 'ring_orientation',
    severity: 'warning',
    message: `${capitalised(where.en)} runs ${isShell ? 'clockwise' : 'counter-clockwise'}; GeoJSON (RFC 7946) expects ${isShell ? 'outer rings counter-clockwise' : 'holes clockwise'}. Areas are not affected; automatic repair reverses it.`,
    messageZh: `${where.zh}为${isShell ? '顺时针' : '逆时针'}方向，GeoJSON（RFC 7946）要求${isShell ? '外环逆时针' : '内环顺时针'}。面积不受影响；自动修复会将其反转。`,
    location: [first[0]!, first[1]!],
  }];
}

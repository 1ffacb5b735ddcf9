// A ring must end where it starts (GeoJSON, GeoPackage WKB and shapefiles all require it).
import type { Position } from 'geojson';
import { capitalised, describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

export function isRingClosed(ring: readonly Position[]): boolean {
  const first = ring[0], last = ring[ring.length - 1];
  return first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
}

export function checkRingClosure(ring: readonly Position[], place: RingPlace): GeometryProblem[] {
  if (ring.length === 0 || isRingClosed(ring)) return [];
  const where = describeRing(place);
  const first = ring[0]!;
  return [{
    code: 'unclosed_ring',
    severity: 'error',
    message: `${capitalised(where.en)} is not closed: it starts at ${formatLocation(first)} but ends elsewhere; repeat the first vertex at the end (automatic repair does this).`,
    messageZh: `${where.zh}未闭合：起点 ${formatLocation(first)} 与终点不同；请在末尾重复起点（自动修复可完成）。`,
    location: [first[0]!, first[1]!],
  }];
}

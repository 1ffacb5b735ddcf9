// A ring needs at least three distinct vertices (four positions with the closing one) to enclose any area.
import type { Position } from 'geojson';
import { isRingClosed } from './check-ring-closure';
import { capitalised, describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

export function distinctVertexCount(ring: readonly Position[]): number {
  let count = 0;
  const end = isRingClosed(ring) ? ring.length - 1 : ring.length;
  for (let i = 0; i < end; i++) {
    const a = ring[i]!, b = ring[(i + 1) % end]!;
    if (a[0] !== b[0] || a[1] !== b[1]) count++;
  }
  return end === 1 ? 1 : count;
}

export function checkRingPointCount(ring: readonly Position[], place: RingPlace): GeometryProblem[] {
  const distinct = distinctVertexCount(ring);
  if (distinct >= 3) return [];
  const where = describeRing(place);
  const first = ring[0];
  return [{
    code: 'too_few_points',
    severity: 'error',
    message: `${capitalised(where.en)}${first ? ` near ${formatLocation(first)}` : ''} has ${distinct} distinct vertices; a ring needs at least 3. Redraw it or delete it.`,
    messageZh: `${where.zh}${first ? `（${formatLocation(first)} 附近）` : ''}只有 ${distinct} 个不同顶点，至少需要 3 个；请重绘或删除。`,
    ...(first ? { location: [first[0]!, first[1]!] as [number, number] } : {}),
  }];
}

// A ring that crosses itself (bow-tie, figure eight, a boundary folded over) has no well-defined area: GIS tools
// disagree about it, so Landlink refuses to report one until it is fixed.
import type { Position } from 'geojson';
import { ringSelfIntersections } from '../topology/ring-self-intersections';
import { capitalised, describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

export function checkSelfIntersection(ring: readonly Position[], place: RingPlace): GeometryProblem[] {
  const found = ringSelfIntersections(ring);
  if (found.length === 0) return [];
  const where = describeRing(place);
  return found.map((point) => ({
    code: 'self_intersection',
    severity: 'error' as const,
    message: `${capitalised(where.en)} crosses itself at ${formatLocation(point)} (a bow-tie or fold); redraw the boundary there so that it does not cross, or split it into separate parcels.`,
    messageZh: `${where.zh}在 ${formatLocation(point)} 处自相交（“8”字形或折叠）；请在该处重绘边界使其不交叉，或拆分为多个地块。`,
    location: point,
  }));
}

// A hole must lie inside its shell: a hole outside (or crossing) the shell subtracts area that the parcel never had.
import type { Position } from 'geojson';
import { pointInRing } from '../topology/point-in-ring';
import { segmentIntersection } from '../topology/segment-intersection';
import { capitalised, describeRing, formatLocation, type GeometryProblem, type RingPlace } from './geometry-problem';

function firstCrossing(hole: readonly Position[], shell: readonly Position[]): [number, number] | undefined {
  for (let i = 0; i + 1 < hole.length; i++) {
    const a = hole[i]!, b = hole[i + 1]!;
    for (let j = 0; j + 1 < shell.length; j++) {
      const c = shell[j]!, d = shell[j + 1]!;
      const hit = segmentIntersection(a[0]!, a[1]!, b[0]!, b[1]!, c[0]!, c[1]!, d[0]!, d[1]!);
      if (hit) return hit;
    }
  }
  return undefined;
}

export function checkHoleInsideShell(hole: readonly Position[], shell: readonly Position[], place: RingPlace): GeometryProblem[] {
  const where = describeRing(place);
  const outside = hole.find((p) => !pointInRing(p, shell));
  const spot = outside ? ([outside[0]!, outside[1]!] as [number, number]) : firstCrossing(hole, shell);
  if (!spot) return [];
  return [{
    code: 'hole_outside_shell',
    severity: 'error',
    message: `${capitalised(where.en)} ${outside ? 'lies outside' : 'crosses'} the outer ring at ${formatLocation(spot)}; move the hole inside the parcel or delete it.`,
    messageZh: `${where.zh}在 ${formatLocation(spot)} 处${outside ? '位于外环之外' : '与外环相交'}；请将其移入地块内或删除。`,
    location: spot,
  }];
}

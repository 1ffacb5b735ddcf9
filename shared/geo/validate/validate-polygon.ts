// Every ring check of one polygon, in the order a person would fix them.
import type { Polygon, Position } from 'geojson';
import { checkDuplicateVertices } from './check-duplicate-vertices';
import { checkHoleInsideShell } from './check-holes-inside-shell';
import { checkRingClosure } from './check-ring-closure';
import { checkRingOrientation } from './check-ring-orientation';
import { checkRingPointCount } from './check-ring-point-count';
import { checkSelfIntersection } from './check-self-intersection';
import { checkSliver } from './check-sliver';
import { checkSpikes } from './check-spikes';
import type { GeometryProblem } from './geometry-problem';
import type { ValidationOptions } from './validation-options';

export function validatePolygon(rings: Position[][], part: number, partCount: number, options: Required<ValidationOptions>): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  let ringsUsable = true;
  rings.forEach((ring, index) => {
    const place = { part, ring: index, partCount };
    const structural = [...checkRingClosure(ring, place), ...checkRingPointCount(ring, place)];
    problems.push(...structural);
    if (structural.some((p) => p.code === 'too_few_points')) {
      ringsUsable = false;
      return;
    }
    problems.push(...checkDuplicateVertices(ring, place, options.duplicateToleranceM));
    problems.push(...checkSpikes(ring, place, options.spikeAngleDeg));
    problems.push(...checkSelfIntersection(ring, place));
    if (options.checkOrientation) problems.push(...checkRingOrientation(ring, place));
    if (index > 0 && rings[0]) problems.push(...checkHoleInsideShell(ring, rings[0], place));
  });
  if (ringsUsable && rings[0] && !problems.some((p) => p.code === 'self_intersection')) {
    const polygon: Polygon = { type: 'Polygon', coordinates: rings };
    const label = partCount > 1 ? { en: ` (part ${part + 1})`, zh: `第 ${part + 1} 部分` } : { en: '', zh: '' };
    problems.push(...checkSliver(polygon, label, options.minAreaM2, options.minThinness));
  }
  return problems;
}

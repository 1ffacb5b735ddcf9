// Slivers: polygons too small or too thin to be a real parcel, usually left over from overlaying or snapping.
import type { Polygon } from 'geojson';
import { ellipsoidalArea, ellipsoidalPerimeter } from '../area/ellipsoidal-area';
import { ringPerimeterEstimate } from '../area/ring-perimeter-estimate';
import { formatLocation, type GeometryProblem } from './geometry-problem';

/** Relative margin on the estimated thinness, far above the estimate's error (ring-perimeter-estimate.ts). */
const SLIVER_ESTIMATE_MARGIN = 1e-3;

export function checkSliver(polygon: Polygon, partLabel: { en: string; zh: string }, minAreaM2: number, minThinness: number): GeometryProblem[] {
  const shell = polygon.coordinates[0];
  if (!shell || shell.length < 4) return [];
  const area = ellipsoidalArea(polygon);
  const first = shell[0]!;
  const location: [number, number] = [first[0]!, first[1]!];
  if (area < minAreaM2)
    return [{
      code: 'sliver_area',
      severity: 'warning',
      message: `The polygon${partLabel.en} near ${formatLocation(first)} covers only ${area.toFixed(2)} m² (less than ${minAreaM2} m²); it is probably a sliver left by editing: delete it or merge it into its neighbour.`,
      messageZh: `${partLabel.zh}多边形（${formatLocation(first)} 附近）面积仅 ${area.toFixed(2)} 平方米（小于 ${minAreaM2} 平方米），可能是编辑遗留的碎片：请删除或并入相邻地块。`,
      location,
    }];
  // Most parcels are far from thin: the estimated perimeter settles them; the exact one decides near the threshold
  // and gives the number the message prints.
  const estimate = ringPerimeterEstimate(shell);
  if (estimate > 0 && (4 * Math.PI * area) / (estimate * estimate) > minThinness * (1 + SLIVER_ESTIMATE_MARGIN)) return [];
  const perimeter = ellipsoidalPerimeter({ type: 'Polygon', coordinates: [shell] });
  const thinness = perimeter > 0 ? (4 * Math.PI * area) / (perimeter * perimeter) : 1;
  if (thinness < minThinness)
    return [{
      code: 'sliver_thin',
      severity: 'warning',
      message: `The polygon${partLabel.en} near ${formatLocation(first)} is a thin strip (thinness ${thinness.toFixed(4)}, below ${minThinness}); check that it is a real parcel and not a sliver between two others.`,
      messageZh: `${partLabel.zh}多边形（${formatLocation(first)} 附近）为细长条（狭长度 ${thinness.toFixed(4)}，低于 ${minThinness}）；请确认其为真实地块而非两地块间的缝隙碎片。`,
      location,
    }];
  return [];
}

// Points that lie in none of the given areas: old houses outside every village boundary (a wrong coordinate, or a
// village missing from admin_areas).
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { buildSpatialIndex } from '../index/spatial-index';
import type { PointItem, PolygonItem } from './overlap-types';

export function findPointsOutsideAreas(points: readonly PointItem[], areas: readonly PolygonItem[]): PointItem[] {
  const index = buildSpatialIndex(areas, (area) => area.geometry);
  return points.filter((point) => {
    const [x, y] = point.geometry.coordinates as [number, number];
    return !index.search(x, y, x, y).some((area) => booleanPointInPolygon([x, y], area.geometry));
  });
}

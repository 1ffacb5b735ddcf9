// validateGeometry: every problem of a geometry, with reasons and locations.
import type { Geometry, Position } from 'geojson';
import type { GeometryProblem } from './geometry-problem';
import { validatePolygon } from './validate-polygon';
import { DEFAULT_VALIDATION_OPTIONS, type ValidationOptions } from './validation-options';

function invalidCoordinate(position: Position | undefined): GeometryProblem[] {
  if (position && position.length >= 2 && Number.isFinite(position[0]) && Number.isFinite(position[1])) return [];
  return [{
    code: 'invalid_coordinate',
    severity: 'error',
    message: 'A vertex has a missing or non-numeric coordinate; fix or re-import the source data.',
    messageZh: '存在缺失或非数值的顶点坐标；请修正或重新导入源数据。',
  }];
}

function allPositions(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point': return [geometry.coordinates];
    case 'MultiPoint': case 'LineString': return geometry.coordinates;
    case 'MultiLineString': case 'Polygon': return geometry.coordinates.flat();
    case 'MultiPolygon': return geometry.coordinates.flat(2);
    case 'GeometryCollection': return geometry.geometries.flatMap(allPositions);
  }
}

/** Problems of a geometry in EPSG:4490 degrees; an empty list means it is fine. */
export function validateGeometry(geometry: Geometry, options: ValidationOptions = {}): GeometryProblem[] {
  const settings = { ...DEFAULT_VALIDATION_OPTIONS, ...options };
  const positions = allPositions(geometry);
  if (positions.length === 0)
    return [{ code: 'empty_geometry', severity: 'error', message: 'The geometry is empty; draw it or delete the feature.', messageZh: '几何为空；请绘制图形或删除该要素。' }];
  const bad = positions.find((p) => invalidCoordinate(p).length > 0);
  if (bad !== undefined || positions.some((p) => !p)) return invalidCoordinate(bad);
  switch (geometry.type) {
    case 'Polygon':
      return validatePolygon(geometry.coordinates, 0, 1, settings);
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon, part) => validatePolygon(polygon, part, geometry.coordinates.length, settings));
    case 'GeometryCollection':
      return geometry.geometries.flatMap((g) => validateGeometry(g, options));
    default:
      return [];
  }
}

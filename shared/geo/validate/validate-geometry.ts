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

const isValidPosition = (p: Position | undefined): boolean => p !== undefined && p !== null && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

interface PositionScan {
  count: number;
  bad?: { position: Position | undefined };
}

function scanLine(positions: readonly Position[], scan: PositionScan): void {
  for (let i = 0; i < positions.length && !scan.bad; i++) {
    scan.count++;
    if (!isValidPosition(positions[i])) scan.bad = { position: positions[i] };
  }
}

/**
 * Counts the geometry's positions and finds the first invalid one (its slot may be missing), in one walk without
 * copying: validation visits every vertex of a county. Plain functions, not closures made per call, on this path.
 */
function scanPositions(g: Geometry, scan: PositionScan): PositionScan {
  switch (g.type) {
    case 'Point': scanLine([g.coordinates], scan); break;
    case 'MultiPoint': case 'LineString': scanLine(g.coordinates, scan); break;
    case 'MultiLineString': case 'Polygon': for (const line of g.coordinates) scanLine(line, scan); break;
    case 'MultiPolygon': for (const polygon of g.coordinates) for (const ring of polygon) scanLine(ring, scan); break;
    case 'GeometryCollection': for (const child of g.geometries) scanPositions(child, scan); break;
  }
  return scan;
}

/** Problems of a geometry in EPSG:4490 degrees; an empty list means it is fine. */
export function validateGeometry(geometry: Geometry, options: ValidationOptions = {}): GeometryProblem[] {
  const settings = { ...DEFAULT_VALIDATION_OPTIONS, ...options };
  const scanned = scanPositions(geometry, { count: 0 });
  if (scanned.count === 0)
    return [{ code: 'empty_geometry', severity: 'error', message: 'The geometry is empty; draw it or delete the feature.', messageZh: '几何为空；请绘制图形或删除该要素。' }];
  if (scanned.bad) return invalidCoordinate(scanned.bad.position);
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

// The cached area of a feature: ellipsoidal on CGCS2000, computed from its geometry by the write path and stored in
// the table's computed `area_m2` column, so GDAL, QGIS and the attribute table show the same number the app does.
import type { Geometry } from 'geojson';
import { ellipsoidalArea } from '../geo/area/ellipsoidal-area';
import type { TableSchema } from './schema-types';

export function cachedAreaColumn(table: TableSchema): string | undefined {
  return table.columns.find((c) => c.computed === 'ellipsoidal-area')?.name;
}

/** Area in m² of a polygonal geometry; null for anything else (or no geometry). */
export function geometryArea(geometry: Geometry | null | undefined): number | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return ellipsoidalArea(geometry);
  return null;
}

// The areas the feature panel shows for a polygon: ellipsoidal (CGCS2000, the land survey's method, the default)
// and the Gauss-Krüger plane area with the zone it used, for comparison with cadastral drawings.
import type { Geometry } from 'geojson';
import { ellipsoidalArea, ellipsoidalPerimeter } from '../../../shared/geo/area/ellipsoidal-area';
import { gaussKrugerPlaneArea } from '../../../shared/geo/area/plane-area';
import { crsLabel } from '../../../shared/crs/crs-info';
import { squareMetresToHectares, squareMetresToMu } from '../../../shared/geo/units';

export interface FeatureMeasures {
  readonly areaM2: number;
  readonly areaMu: number;
  readonly areaHa: number;
  readonly perimeterM: number;
  readonly planeAreaM2: number;
  /** e.g. "EPSG:4547 CGCS2000 / 3-degree Gauss-Kruger CM 114E" */
  readonly planeCrs: string;
}

export function measureFeature(geometry: Geometry | null | undefined): FeatureMeasures | null {
  if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return null;
  const areaM2 = ellipsoidalArea(geometry);
  const plane = gaussKrugerPlaneArea(geometry);
  return {
    areaM2,
    areaMu: squareMetresToMu(areaM2),
    areaHa: squareMetresToHectares(areaM2),
    perimeterM: ellipsoidalPerimeter(geometry),
    planeAreaM2: plane.areaM2,
    planeCrs: `${crsLabel(plane.planeCrs)} ${plane.planeCrs.name}`,
  };
}

// Measures every feature of a layer read from a file: decides its coordinate system (shared/crs/detect), converts
// to CGCS2000 degrees, and computes the ellipsoidal area and perimeter plus the Gauss-Krüger plane area with its
// zone. This is what `landlink area` prints and what the import preview shows.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { CrsInfo } from '../../crs/crs-info';
import { crsLabel } from '../../crs/crs-info';
import { crsByCode } from '../../crs/crs-registry';
import { boundsOfPositions } from '../../crs/detect/coordinate-bounds';
import { detectCrs, type CrsDecision, type CrsRefusal } from '../../crs/detect/detect-crs';
import { epsgCodeOf } from '../../crs/parse-crs-code';
import { transformToCgcs2000 } from '../../crs/transform/to-cgcs2000';
import { transformGeometry } from '../../crs/transform/transform-geometry';
import type { ReadLayer, ReadProperties } from '../../formats/read-result';
import { ellipsoidalArea, ellipsoidalPerimeter } from '../area/ellipsoidal-area';
import { gaussKrugerPlaneArea, planeCrsForLongitude } from '../area/plane-area';
import { squareMetresToHectares, squareMetresToMu } from '../units';

export interface MeasuredFeature {
  readonly properties: ReadProperties;
  /** The geometry in EPSG:4490 degrees. */
  readonly geometry: Geometry | null;
  /** Null for features that are not polygons. */
  readonly area_m2: number | null;
  readonly area_mu: number | null;
  readonly area_ha: number | null;
  readonly perimeter_m: number | null;
  readonly plane_area_m2: number | null;
  readonly plane_crs: string | null;
}

export interface MeasuredLayer {
  readonly layer: string;
  readonly crs: CrsDecision;
  readonly encoding?: ReadLayer['encoding'];
  readonly features: MeasuredFeature[];
}

function* positionsOf(geometry: Geometry | null): Generator<Position> {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point': yield geometry.coordinates; break;
    case 'MultiPoint': case 'LineString': yield* geometry.coordinates; break;
    case 'MultiLineString': case 'Polygon': for (const l of geometry.coordinates) yield* l; break;
    case 'MultiPolygon': for (const p of geometry.coordinates) for (const l of p) yield* l; break;
    case 'GeometryCollection': for (const g of geometry.geometries) yield* positionsOf(g); break;
  }
}

/** Decides the layer's CRS: --crs first, then the file's own reference (.prj WKT or EPSG name), then the numbers. */
export function decideLayerCrs(layer: ReadLayer, declared?: CrsInfo): CrsDecision | CrsRefusal {
  const bounds = boundsOfPositions((function* () { for (const f of layer.features) yield* positionsOf(f.geometry); })());
  if (declared) return detectCrs({ bounds, declared });
  if (layer.declaredCrs) return detectCrs({ bounds, declared: layer.declaredCrs.crs, declaredBy: layer.declaredCrs.by });
  if (layer.crsText !== undefined) {
    const code = epsgCodeOf(layer.crsText);
    if (code !== undefined) {
      const named = crsByCode(code);
      if (named) return detectCrs({ bounds, declared: named, declaredBy: { en: `the file's own reference (${layer.crsText})`, zh: `文件自带的坐标系（${layer.crsText}）` } });
      return { ok: false, reason: { en: `The file names the coordinate system ${layer.crsText}, which Landlink does not know; give one it knows with --crs EPSG:n.`, zh: `文件注明的坐标系 ${layer.crsText} 无法识别；请用 --crs EPSG:n 指定。` } };
    }
    return detectCrs({ bounds, prj: layer.crsText });
  }
  return detectCrs({ bounds });
}

function isPolygonal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

/** Measures a layer whose CRS has been decided. */
export function measureLayer(layer: ReadLayer, decision: CrsDecision): MeasuredLayer {
  const toDegrees = transformToCgcs2000(decision.crs, decision.axisSwapped);
  const sourceZone = decision.crs.gaussKruger;
  // Data that came in a 3° grid is compared in that grid's zone (the cadastral drawing's zone); otherwise by position.
  const fixedPlaneCrs = sourceZone?.zoneWidth === 3 ? planeCrsForLongitude(sourceZone.centralMeridian) : undefined;
  const features = layer.features.map((feature): MeasuredFeature => {
    const geometry = feature.geometry ? transformGeometry(feature.geometry, toDegrees) : null;
    if (!isPolygonal(geometry))
      return { properties: feature.properties, geometry, area_m2: null, area_mu: null, area_ha: null, perimeter_m: null, plane_area_m2: null, plane_crs: null };
    const area = ellipsoidalArea(geometry);
    const plane = gaussKrugerPlaneArea(geometry, fixedPlaneCrs);
    return {
      properties: feature.properties,
      geometry,
      area_m2: area,
      area_mu: squareMetresToMu(area),
      area_ha: squareMetresToHectares(area),
      perimeter_m: ellipsoidalPerimeter(geometry),
      plane_area_m2: plane.areaM2,
      plane_crs: crsLabel(plane.planeCrs),
    };
  });
  return { layer: layer.name, crs: decision, ...(layer.encoding ? { encoding: layer.encoding } : {}), features };
}

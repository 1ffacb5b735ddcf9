// Spatial checks of a project for `landlink validate` and the app: reclaimed parcels that overlap each other, a
// resettlement site or a construction plot; parcels that reach outside the village they name; old houses outside
// every village. Overlap areas are ellipsoidal (issue 4's engine; turf only clips).
import type { Feature, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { findOverlaps } from '../geo/overlap/find-overlaps';
import { findOutsideContainers } from '../geo/overlap/outside-containers';
import { findPointsOutsideAreas } from '../geo/overlap/points-outside-areas';
import type { PolygonItem } from '../geo/overlap/overlap-types';
import { formatMu, formatSquareMetres } from '../geo/units';
import { readLayer } from './read-layer';
import type { ProjectProblem } from './validate-project';

type Polygonal = Polygon | MultiPolygon;

/** The tables these checks read. */
export const SPATIAL_TABLES = ['reclaim_parcels', 'resettlement_sites', 'construction_plots', 'admin_areas', 'old_houses'] as const;

/** Features a caller has already decoded, by table (validate-project.ts decodes each row once for all its checks). */
export type DecodedLayers = ReadonlyMap<string, readonly Feature<Geometry | null, Record<string, unknown>>[]>;

export function checkSpatial(db: Database, problems: ProjectProblem[], decoded: DecodedLayers = new Map()): void {
  const features = (table: string): readonly Feature<Geometry | null, Record<string, unknown> | null>[] => decoded.get(table) ?? (tableExists(db, table) ? readLayer(db, table).features : []);
  const polygons = (table: string, filter: (f: Feature<Geometry | null, Record<string, unknown> | null>) => boolean = () => true): (PolygonItem & { feature: Feature<Geometry | null, Record<string, unknown> | null> })[] =>
    features(table)
      .filter((f) => (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') && filter(f))
      .map((f) => ({ id: String(f.properties?.code ?? f.properties?.fid), geometry: f.geometry as Polygonal, feature: f }));
  const parcels = polygons('reclaim_parcels');
  const fidOf = new Map(parcels.map((p) => [p.id, Number(p.feature.properties?.fid)]));
  const say = (table: string, code: string, problem: string, message: string, messageZh: string, location: [number, number] | undefined, severity: 'error' | 'warning' = 'warning'): void => {
    problems.push({ severity, problem, table, code, ...(fidOf.has(code) && table === 'reclaim_parcels' ? { fid: fidOf.get(code)! } : {}), message, messageZh, ...(location ? { location } : {}) });
  };

  for (const o of findOverlaps(parcels)) {
    say('reclaim_parcels', String(o.a), 'parcel_overlap', `reclaim_parcels ${o.a} overlaps ${o.b} by ${formatSquareMetres(o.areaM2)} m² (${formatMu(o.areaMu)} mu); the shared land would be counted twice: fix one boundary`, `复垦地块 ${o.a} 与 ${o.b} 重叠 ${formatSquareMetres(o.areaM2)} m²（${formatMu(o.areaMu)} 亩），重叠部分会被重复计算：请修正其中一个边界`, o.location, 'error');
  }
  for (const [table, zh] of [['resettlement_sites', '安置区'], ['construction_plots', '建新地块']] as const) {
    for (const o of findOverlaps(parcels, polygons(table))) {
      say('reclaim_parcels', String(o.a), `parcel_overlaps_${table === 'resettlement_sites' ? 'site' : 'construction_plot'}`, `reclaim_parcels ${o.a} overlaps ${table} ${o.b} by ${formatSquareMetres(o.areaM2)} m² (${formatMu(o.areaMu)} mu): land built on cannot be reclaimed; fix the parcel boundary`, `复垦地块 ${o.a} 与${zh} ${o.b} 重叠 ${formatSquareMetres(o.areaM2)} m²（${formatMu(o.areaMu)} 亩）：已建设的土地不能复垦；请修正地块边界`, o.location, 'error');
    }
  }

  const villages = polygons('admin_areas', (f) => f.properties?.level === 'village');
  if (villages.length === 0) return;
  const byName = new Map(villages.map((v) => [String(v.feature.properties?.name), v.geometry]));
  const villageOf = new Map(parcels.map((p) => [p.id, p.feature.properties?.village as string | undefined]));
  for (const outside of findOutsideContainers(parcels, byName, (item) => villageOf.get(String(item.id)) ?? undefined)) {
    if (outside.kind === 'container_not_found') {
      say('reclaim_parcels', String(outside.id), 'village_not_found', `reclaim_parcels ${outside.id} names village “${outside.container}”, which is not in admin_areas; correct the village name`, `复垦地块 ${outside.id} 所填村“${outside.container}”不在行政区中；请更正村名`, outside.location);
    } else {
      say('reclaim_parcels', String(outside.id), 'parcel_outside_village', `reclaim_parcels ${outside.id} reaches ${formatSquareMetres(outside.outsideAreaM2)} m² (${formatMu(outside.outsideAreaMu)} mu) outside its village ${outside.container}; check the boundary or the village`, `复垦地块 ${outside.id} 有 ${formatSquareMetres(outside.outsideAreaM2)} m²（${formatMu(outside.outsideAreaMu)} 亩）超出所属村 ${outside.container}；请核对边界或村名`, outside.location);
    }
  }
  const houses = features('old_houses')
    .filter((f) => f.geometry?.type === 'Point')
    .map((f) => ({ id: String(f.properties?.code ?? f.properties?.fid), geometry: f.geometry as Point }));
  for (const house of findPointsOutsideAreas(houses, villages)) {
    const [lon, lat] = house.geometry.coordinates as [number, number];
    problems.push({ severity: 'warning', problem: 'house_outside_villages', table: 'old_houses', code: String(house.id), message: `old_houses ${house.id} at ${lon.toFixed(6)}, ${lat.toFixed(6)} lies outside every village; move the point or add the village`, messageZh: `旧房 ${house.id}（${lon.toFixed(6)}, ${lat.toFixed(6)}）不在任何村范围内；请移动点位或补充村界`, location: [lon, lat] });
  }
}

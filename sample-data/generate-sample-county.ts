// The synthetic sample county (DOMAIN.md, "A plausible sample county"): deterministic for a seed, pure TypeScript
// (it runs in the renderer's worker as well as in the CLI), and labelled as invented data wherever a name appears.
import type { MultiPolygon, Point, LineString } from 'geojson';
import { ellipsoidalArea } from '../shared/geo/area/ellipsoidal-area';
import { QUOTA_PRODUCING_STATUSES } from '../shared/domain/enums';
import type { ProjectTableName } from '../shared/domain/tables/index';
import type { FeatureInput } from '../shared/project/prepare-row';
import { CirclePacking } from './geometry/circle-packing';
import { closeRing, localPlane, type Ring, type XY } from './geometry/plane';
import { densify, smoothWarp } from './geometry/warp';
import { createRandom } from './prng';
import { layoutAdminAreas } from './county/admin-layout';
import { contextLines } from './county/context-lines';
import { placeHouses } from './county/houses';
import { buildLedger, SAMPLE_REFERENCE_DATE } from './county/ledger';
import { planLinkageProjects } from './county/linkage-plan';
import { placeParcels } from './county/parcels';
import { placeSites } from './county/sites';

export const SAMPLE_COUNTY_NAME = '示例县（虚构数据）';
export const SAMPLE_PROJECT_NAME = '示例县易地扶贫搬迁复垦项目（虚构数据）';
/** Centre of the county: Taihang foothills, CGCS2000 3° zone 38 (central meridian 114° E). */
export const SAMPLE_CENTER: [number, number] = [114.0, 38.8];

export interface SampleOptions {
  readonly seed?: number;
  /** Exact number of reclaimed parcels (e.g. 100,000 for benchmarks); by default the county has ~600–900. */
  readonly parcels?: number;
}

export interface SampleLayer {
  readonly table: ProjectTableName;
  readonly rows: FeatureInput[];
}

export interface SampleCounty {
  readonly projectName: string;
  readonly county: string;
  readonly seed: number;
  readonly referenceDate: string;
  readonly layers: SampleLayer[];
}

export function generateSampleCounty(options: SampleOptions = {}): SampleCounty {
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const layout = layoutAdminAreas(random.fork('admin'));
  const warp = smoothWarp(random.fork('warp').next, 450, [16000, 9000, 5000]);
  const plane = localPlane(SAMPLE_CENTER[0], SAMPLE_CENTER[1]);
  const toLonLat = (p: XY) => plane.toLonLat(warp(p));
  const polygon = (ring: Ring, step = 0): MultiPolygon => ({ type: 'MultiPolygon', coordinates: [[closeRing(step > 0 ? densify(ring, step) : ring).map(toLonLat)]] });

  const plans = planLinkageProjects(layout.townships, random.fork('plans'));
  const packing = new CirclePacking(300);
  const { sites, plots } = placeSites(layout, plans, packing, random.fork('sites'));
  const parcels = placeParcels(layout, plans, packing, random.fork('parcels'), { count: options.parcels });
  const houseTotal = options.parcels === undefined ? random.int(3450, 3750) : Math.max(200, Math.min(20000, Math.round(options.parcels * 4.5)));
  const houses = placeHouses(parcels, houseTotal, packing, random.fork('houses'));

  const parcelRows: FeatureInput[] = parcels.map((p) => ({ properties: p.properties, geometry: polygon(p.shape.ring) }));
  const plotRows: FeatureInput[] = plots.map((p) => ({ properties: p.properties, geometry: polygon(p.ring) }));
  const acceptedM2 = new Map<string, number>();
  const constructionM2 = new Map<string, number>();
  parcels.forEach((parcel, i) => {
    if (QUOTA_PRODUCING_STATUSES.includes(parcel.status)) acceptedM2.set(parcel.plan.code, (acceptedM2.get(parcel.plan.code) ?? 0) + ellipsoidalArea(parcelRows[i]!.geometry as MultiPolygon));
  });
  plots.forEach((plot, i) => {
    const code = String(plot.properties.project_code);
    constructionM2.set(code, (constructionM2.get(code) ?? 0) + ellipsoidalArea(plotRows[i]!.geometry as MultiPolygon));
  });
  const ledger = buildLedger(plans, { acceptedM2, constructionM2 }, random.fork('ledger'));

  const admin: FeatureInput[] = [
    { properties: { code: layout.countyCode, level: 'county', name: SAMPLE_COUNTY_NAME, parent_code: null }, geometry: polygon(layout.county, 150) },
    ...layout.townships.map((t) => ({ properties: { code: t.code, level: 'township', name: t.name, parent_code: layout.countyCode }, geometry: polygon(t.cell, 100) })),
    ...layout.villages.map((v) => ({ properties: { code: v.code, level: 'village', name: v.name, parent_code: v.township.code }, geometry: polygon(v.cell, 100) })),
  ];
  const rows = (list: Record<string, unknown>[]): FeatureInput[] => list.map((properties) => ({ properties }));

  return {
    projectName: SAMPLE_PROJECT_NAME,
    county: SAMPLE_COUNTY_NAME,
    seed,
    referenceDate: SAMPLE_REFERENCE_DATE,
    layers: [
      { table: 'admin_areas', rows: admin },
      { table: 'context_lines', rows: contextLines(layout, random.fork('lines')).map((l) => ({ properties: l.properties, geometry: { type: 'LineString', coordinates: l.points.map(toLonLat) } satisfies LineString })) },
      { table: 'resettlement_sites', rows: sites.map((s) => ({ properties: s.properties, geometry: polygon(s.shape.ring) })) },
      { table: 'construction_plots', rows: plotRows },
      { table: 'reclaim_parcels', rows: parcelRows },
      { table: 'old_houses', rows: houses.map((h) => ({ properties: h.properties, geometry: { type: 'Point', coordinates: toLonLat(h.point) } satisfies Point })) },
      { table: 'linkage_projects', rows: rows(ledger.linkageProjects) },
      { table: 'quota_transactions', rows: rows(ledger.transactions) },
      { table: 'quota_payments', rows: rows(ledger.payments) },
      { table: 'loans', rows: rows(ledger.loans) },
      { table: 'turnover_quota', rows: rows(ledger.turnover) },
    ],
  };
}

// Counts and areas of parcels by admin area (county → township → village), each split by status and target class:
// the table staff bring to meetings. Parcels are placed by their township/village names; a parcel without a village
// name is placed by where it lies; what matches no village is kept in an "unassigned" row rather than dropped.
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalArea } from '../area/ellipsoidal-area';
import { buildSpatialIndex } from '../index/spatial-index';
import { squareMetresToMu } from '../units';

export interface SummaryParcel {
  readonly geometry?: Polygon | MultiPolygon | null;
  /** Ellipsoidal area in m²; computed from the geometry when absent. */
  readonly areaM2?: number | null;
  readonly status?: string | null;
  readonly targetClass?: string | null;
  readonly township?: string | null;
  readonly village?: string | null;
}

export interface SummaryAdminArea {
  readonly level: 'county' | 'township' | 'village';
  readonly code: string;
  readonly name: string;
  readonly parentCode?: string | null;
  readonly geometry?: Polygon | MultiPolygon | null;
}

export interface Tally {
  count: number;
  areaM2: number;
  areaMu: number;
}

export interface AdminSummary extends Tally {
  readonly level: 'county' | 'township' | 'village' | 'unassigned';
  readonly code: string;
  readonly name: string;
  readonly byStatus: Record<string, Tally>;
  readonly byTargetClass: Record<string, Tally>;
  readonly children: AdminSummary[];
}

function node(level: AdminSummary['level'], code: string, name: string): AdminSummary {
  return { level, code, name, count: 0, areaM2: 0, areaMu: 0, byStatus: {}, byTargetClass: {}, children: [] };
}

function add(target: Tally, areaM2: number): void {
  target.count++;
  target.areaM2 += areaM2;
  target.areaMu = squareMetresToMu(target.areaM2);
}

function addTo(summary: AdminSummary, parcel: SummaryParcel, areaM2: number): void {
  add(summary, areaM2);
  const status = parcel.status ?? 'unknown';
  const targetClass = parcel.targetClass ?? 'unknown';
  add((summary.byStatus[status] ??= { count: 0, areaM2: 0, areaMu: 0 }), areaM2);
  add((summary.byTargetClass[targetClass] ??= { count: 0, areaM2: 0, areaMu: 0 }), areaM2);
}

/** The county tree with every parcel counted once in its village, its township and the county. */
export function summarizeByAdmin(parcels: readonly SummaryParcel[], adminAreas: readonly SummaryAdminArea[]): AdminSummary {
  const county = adminAreas.find((a) => a.level === 'county');
  const root = node('county', county?.code ?? '', county?.name ?? '');
  const townships = new Map<string, AdminSummary>();
  for (const t of adminAreas.filter((a) => a.level === 'township')) {
    const summary = node('township', t.code, t.name);
    townships.set(t.code, summary);
    root.children.push(summary);
  }
  const villagesByName = new Map<string, { summary: AdminSummary; township?: AdminSummary }[]>();
  const villageAreas = adminAreas.filter((a) => a.level === 'village');
  const villageSummaries = new Map<SummaryAdminArea, { summary: AdminSummary; township?: AdminSummary }>();
  for (const v of villageAreas) {
    const summary = node('village', v.code, v.name);
    const township = v.parentCode ? townships.get(v.parentCode) : undefined;
    (township ?? root).children.push(summary);
    const entry = township ? { summary, township } : { summary };
    villageSummaries.set(v, entry);
    const list = villagesByName.get(v.name) ?? [];
    list.push(entry);
    villagesByName.set(v.name, list);
  }
  const villageIndex = buildSpatialIndex(villageAreas, (v) => v.geometry);
  let unassigned: AdminSummary | undefined;

  for (const parcel of parcels) {
    const areaM2 = parcel.areaM2 ?? (parcel.geometry ? ellipsoidalArea(parcel.geometry) : 0);
    let place: { summary: AdminSummary; township?: AdminSummary } | undefined;
    if (parcel.village) {
      const candidates = villagesByName.get(parcel.village) ?? [];
      place = candidates.find((c) => !parcel.township || c.township?.name === parcel.township) ?? candidates[0];
    } else if (parcel.geometry) {
      const ring = parcel.geometry.type === 'Polygon' ? parcel.geometry.coordinates[0] : parcel.geometry.coordinates[0]?.[0];
      const p = ring?.[0];
      if (p) {
        const hit = villageIndex.search(p[0]!, p[1]!, p[0]!, p[1]!).find((v) => v.geometry && booleanPointInPolygon(p, v.geometry));
        if (hit) place = villageSummaries.get(hit);
      }
    }
    addTo(root, parcel, areaM2);
    if (place) {
      addTo(place.summary, parcel, areaM2);
      if (place.township) addTo(place.township, parcel, areaM2);
    } else {
      unassigned ??= node('unassigned', '', '未归属 / unassigned');
      addTo(unassigned, parcel, areaM2);
    }
  }
  if (unassigned) root.children.push(unassigned);
  return root;
}

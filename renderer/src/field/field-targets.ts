// Today's targets in field mode: the old houses and reclaimed parcels of one village, or inside an area drawn on the
// map, ordered by distance from where the inspector stands (or by code before a position is known). Each target
// carries the distance and bearing the field panel shows, and whether it already has a verification.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { LayerData } from '../worker/project-protocol';
import { distanceAndBearing } from '../../../shared/geo/measure/distance-bearing';
import { representativePoint } from '../draw/place-in-village';
import type { EntityKind } from './verification-checklist';

export const TARGET_TABLES = ['old_houses', 'reclaim_parcels'] as const;
export type TargetTable = (typeof TARGET_TABLES)[number];

export type TargetFilter = { readonly kind: 'village'; readonly village: string } | { readonly kind: 'area'; readonly area: Polygon | MultiPolygon };

export interface FieldTarget {
  readonly table: TargetTable;
  readonly kind: EntityKind;
  readonly fid: number;
  readonly code: string;
  readonly village: string | null;
  /** Household head of a house, for the list (shown only to staff with the project). */
  readonly household: string | null;
  readonly status: string | null;
  readonly point: Position;
  readonly distanceM: number | null;
  readonly bearingDeg: number | null;
  /** The latest finding recorded for it, if any. */
  readonly finding: string | null;
}

/** The names of the villages that have houses or parcels, sorted, for the village chooser. */
export function villagesWithTargets(layers: readonly LayerData[]): string[] {
  const names = new Set<string>();
  for (const layer of layers) {
    if (!(TARGET_TABLES as readonly string[]).includes(layer.table)) continue;
    for (const feature of layer.features.features) {
      const village = feature.properties?.village;
      if (typeof village === 'string' && village) names.add(village);
    }
  }
  return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

function inFilter(feature: Feature, point: Position, filter: TargetFilter): boolean {
  if (filter.kind === 'village') return feature.properties?.village === filter.village;
  return booleanPointInPolygon(point, filter.area);
}

export function fieldTargets(layers: readonly LayerData[], filter: TargetFilter, position: Position | null, findings: ReadonlyMap<string, string>): FieldTarget[] {
  const targets: FieldTarget[] = [];
  for (const layer of layers) {
    if (!(TARGET_TABLES as readonly string[]).includes(layer.table)) continue;
    const table = layer.table as TargetTable;
    for (const feature of layer.features.features) {
      if (!feature.geometry) continue;
      const point = representativePoint(feature.geometry);
      if (!point || !inFilter(feature, point, filter)) continue;
      const code = String(feature.properties?.code ?? '');
      const away = position ? distanceAndBearing(position, point) : null;
      targets.push({
        table,
        kind: table === 'old_houses' ? 'house' : 'parcel',
        fid: Number(feature.properties?.fid),
        code,
        village: typeof feature.properties?.village === 'string' ? feature.properties.village : null,
        household: typeof feature.properties?.household === 'string' ? feature.properties.household : null,
        status: typeof feature.properties?.status === 'string' ? feature.properties.status : null,
        point,
        distanceM: away?.distanceM ?? null,
        bearingDeg: away?.bearingDeg ?? null,
        finding: findings.get(`${table}:${code}`) ?? null,
      });
    }
  }
  return targets.sort((a, b) => (a.distanceM !== null && b.distanceM !== null ? a.distanceM - b.distanceM : a.code.localeCompare(b.code)));
}

/** The nearest target not yet verified (the one to walk to next), or null when all are done. */
export function nextTarget(targets: readonly FieldTarget[]): FieldTarget | null {
  return targets.find((t) => t.finding === null) ?? null;
}

/** Latest finding per `table:code` from verification rows (newest verified_at wins). */
export function latestFindings(rows: readonly Record<string, unknown>[]): Map<string, string> {
  const latest = new Map<string, { at: string; finding: string }>();
  for (const row of rows) {
    if (typeof row.finding !== 'string' || !row.finding) continue;
    const key = `${String(row.entity_table)}:${String(row.entity_code)}`;
    const at = String(row.verified_at ?? '');
    const seen = latest.get(key);
    if (!seen || at >= seen.at) latest.set(key, { at, finding: row.finding });
  }
  return new Map([...latest].map(([key, value]) => [key, value.finding]));
}

// Which feature each photo is of: the nearest old house or reclaimed parcel within a distance (default 50 m,
// geodesic; 0 inside a parcel). Houses stand on the parcels they become, so a photo inside a parcel but within 10 m
// of a house is a photo of the house. A photo without position or far from everything is listed with the reason,
// never dropped: the user can still attach it by hand.
import type { Geometry } from 'geojson';
import type { Database } from 'sql.js';
import { buildSpatialIndex, type SpatialIndex } from '../../geo/index/spatial-index';
import { readLayer } from '../../project/read-layer';
import { distanceToGeometryM } from '../geodesy/nearest-on-geometry';
import type { PhotoMetadata } from './read-photo-metadata';

export type PhotoTargetTable = 'old_houses' | 'reclaim_parcels';
export const PHOTO_TARGET_TABLES: readonly PhotoTargetTable[] = ['old_houses', 'reclaim_parcels'];

export interface MatchTarget {
  readonly table: PhotoTargetTable;
  readonly code: string;
  readonly fid: number;
  readonly village: string | null;
  readonly geometry: Geometry;
}

export interface PhotoMatch {
  readonly fileName: string;
  readonly table: PhotoTargetTable;
  readonly code: string;
  /** Geodesic metres from the photo to the feature (0 inside a parcel), rounded to centimetres. */
  readonly distanceM: number;
}

export type UnmatchedReason =
  | { readonly kind: 'no-position' }
  | { readonly kind: 'too-far'; readonly nearestTable: PhotoTargetTable; readonly nearestCode: string; readonly distanceM: number }
  | { readonly kind: 'no-features' }
  | { readonly kind: 'duplicate'; readonly photoCode: string };

export interface UnmatchedPhoto {
  readonly fileName: string;
  readonly reason: UnmatchedReason;
  readonly message: { readonly zh: string; readonly en: string };
}

export interface MatchOptions {
  /** Default 50 m. */
  readonly maxDistanceM?: number;
  /** A house this close to a photo inside a parcel wins over the parcel. Default 10 m. */
  readonly housePreferenceM?: number;
}

export const DEFAULT_MAX_PHOTO_DISTANCE_M = 50;
const HOUSE_PREFERENCE_M = 10;

/** Houses and parcels of the project with a geometry (optionally of some tables only). */
export function readMatchTargets(db: Database, tables: readonly PhotoTargetTable[] = PHOTO_TARGET_TABLES): MatchTarget[] {
  const targets: MatchTarget[] = [];
  for (const table of tables) {
    for (const feature of readLayer(db, table).features) {
      const code = feature.properties.code;
      if (!feature.geometry || typeof code !== 'string') continue;
      const village = feature.properties.village;
      targets.push({ table, code, fid: feature.properties.fid, village: typeof village === 'string' ? village : null, geometry: feature.geometry });
    }
  }
  return targets;
}

export function matchPhotos(
  photos: readonly PhotoMetadata[],
  targets: readonly MatchTarget[],
  options: MatchOptions = {},
): { matched: PhotoMatch[]; unmatched: UnmatchedPhoto[] } {
  const maxDistanceM = options.maxDistanceM ?? DEFAULT_MAX_PHOTO_DISTANCE_M;
  const housePreferenceM = options.housePreferenceM ?? HOUSE_PREFERENCE_M;
  const index = buildSpatialIndex(targets, (t) => t.geometry);
  const matched: PhotoMatch[] = [];
  const unmatched: UnmatchedPhoto[] = [];
  for (const photo of photos) {
    if (photo.longitude === null || photo.latitude === null) {
      unmatched.push({ fileName: photo.fileName, reason: { kind: 'no-position' }, message: { zh: '照片没有位置信息（EXIF 中无 GPS）', en: 'the photo has no position (no GPS in its EXIF)' } });
      continue;
    }
    const point = [photo.longitude, photo.latitude];
    if (targets.length === 0) {
      unmatched.push({ fileName: photo.fileName, reason: { kind: 'no-features' }, message: { zh: '项目中没有旧房或复垦地块', en: 'the project has no old houses or reclaimed parcels' } });
      continue;
    }
    const near = candidatesWithin(index, point, maxDistanceM);
    const best = choose(near, housePreferenceM);
    if (best && best.distanceM <= maxDistanceM) {
      matched.push({ fileName: photo.fileName, table: best.target.table, code: best.target.code, distanceM: round(best.distanceM) });
      continue;
    }
    const nearest = nearestAnywhere(index, point);
    const distance = round(nearest.distanceM);
    unmatched.push({
      fileName: photo.fileName,
      reason: { kind: 'too-far', nearestTable: nearest.target.table, nearestCode: nearest.target.code, distanceM: distance },
      message: {
        zh: `最近的要素 ${nearest.target.code} 相距 ${formatMetres(distance)}，超过 ${maxDistanceM} m`,
        en: `the nearest feature, ${nearest.target.code}, is ${formatMetres(distance)} away (more than ${maxDistanceM} m)`,
      },
    });
  }
  return { matched, unmatched };
}

interface Candidate {
  readonly target: MatchTarget;
  readonly distanceM: number;
}

function candidatesWithin(index: SpatialIndex<MatchTarget>, point: number[], metres: number): Candidate[] {
  const [x, y] = point as [number, number];
  const dy = metres / 110_000;
  const dx = metres / (110_000 * Math.max(0.1, Math.cos((y * Math.PI) / 180)));
  return index
    .search(x - dx, y - dy, x + dx, y + dy)
    .map((target) => ({ target, distanceM: distanceToGeometryM(point, target.geometry) }))
    .filter((c) => c.distanceM <= metres);
}

function choose(candidates: readonly Candidate[], housePreferenceM: number): Candidate | undefined {
  const sorted = [...candidates].sort((a, b) => a.distanceM - b.distanceM || a.target.code.localeCompare(b.target.code));
  const best = sorted[0];
  if (best && best.distanceM === 0 && best.target.table === 'reclaim_parcels') {
    const house = sorted.find((c) => c.target.table === 'old_houses' && c.distanceM <= housePreferenceM);
    if (house) return house;
  }
  return best;
}

/**
 * The nearest target at any distance, for the "nearest is N m away" message: the few targets whose bounding boxes
 * are nearest (in degrees scaled to the latitude) are measured geodesically, so a photo taken far from the county
 * costs a pass over the boxes, not a geodesic per feature.
 */
function nearestAnywhere(index: SpatialIndex<MatchTarget>, point: number[]): Candidate {
  const [x, y] = point as [number, number];
  const kx = Math.cos((y * Math.PI) / 180);
  const boxDistance = (b: readonly number[]) => {
    const dx = Math.max(b[0]! - x, 0, x - b[2]!) * kx;
    const dy = Math.max(b[1]! - y, 0, y - b[3]!);
    return dx * dx + dy * dy;
  };
  // Widening windows: the first that holds a box within its radius holds the nearest box; else every box.
  let pool: { target: MatchTarget; d: number }[] | null = null;
  for (const metres of [1_000, 10_000, 100_000]) {
    const r = metres / 110_000;
    const found = index.search(x - r / Math.max(kx, 0.1), y - r, x + r / Math.max(kx, 0.1), y + r);
    if (found.length === 0) continue;
    const scored = found.map((target) => ({ target, d: boxDistance(geometryBoundsOf(index, target)) }));
    if (scored.some((s) => s.d <= r * r)) {
      pool = scored;
      break;
    }
  }
  pool ??= index.items.map((target, i) => ({ target, d: boxDistance(index.bounds[i]!) }));
  // A box's distance is a lower bound of its feature's; the feature of the nearest box is at most that far plus its
  // box's diagonal. Only boxes within that bound can hold the nearest feature: measure those, one pass, no sort.
  let first = pool[0]!;
  for (const s of pool) if (s.d < first.d) first = s;
  const b = geometryBoundsOf(index, first.target);
  const bound = Math.sqrt(first.d) + Math.hypot((b[2]! - b[0]!) * kx, b[3]! - b[1]!);
  const near = pool.filter((s) => s.d <= bound * bound * 1.0001 + 1e-18);
  return choose(near.map(({ target }) => ({ target, distanceM: distanceToGeometryM(point, target.geometry) })), 0)!;
}

/** The bounds the index holds for a target (found by position in its item list). */
function geometryBoundsOf(index: SpatialIndex<MatchTarget>, target: MatchTarget): readonly number[] {
  let positions = boundsPosition.get(index);
  if (!positions) {
    positions = new Map(index.items.map((item, i) => [item, i]));
    boundsPosition.set(index, positions);
  }
  return index.bounds[positions.get(target)!]!;
}

const boundsPosition = new WeakMap<SpatialIndex<MatchTarget>, Map<MatchTarget, number>>();

const round = (m: number) => Math.round(m * 100) / 100;

function formatMetres(m: number): string {
  return m >= 1000 ? `${(m / 1000).toFixed(2)} km` : `${m.toFixed(1)} m`;
}

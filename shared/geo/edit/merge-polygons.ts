// Merges parcels into one. Parcels that do not touch would make a multi-part parcel: that is refused with a reason,
// since a parcel is one piece of land in the field.
import type { MultiPolygon, Polygon } from 'geojson';
import { union } from '@turf/union';
import { featureCollection, feature } from '@turf/helpers';
import type { BilingualText } from '../../crs/crs-info';

export type MergeResult = { readonly ok: true; readonly geometry: Polygon } | { readonly ok: false; readonly reason: BilingualText };

export function mergePolygons(parts: readonly (Polygon | MultiPolygon)[]): MergeResult {
  if (parts.length < 2) return { ok: false, reason: { en: 'Select at least two parcels to merge.', zh: '请至少选择两个地块再合并。' } };
  const merged = union(featureCollection(parts.map((p) => feature(p))));
  if (!merged) return { ok: false, reason: { en: 'The parcels could not be merged.', zh: '无法合并这些地块。' } };
  const geometry = merged.geometry;
  if (geometry.type === 'MultiPolygon') {
    if (geometry.coordinates.length === 1) return { ok: true, geometry: { type: 'Polygon', coordinates: geometry.coordinates[0]! } };
    return { ok: false, reason: { en: `The selected parcels form ${geometry.coordinates.length} separate pieces; merge only parcels that touch.`, zh: `所选地块不相连（共 ${geometry.coordinates.length} 块）；只能合并相邻的地块。` } };
  }
  return { ok: true, geometry };
}

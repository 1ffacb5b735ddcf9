// How the merge dialog shows one value of base, field or office: labels for codes (状态 demolished → 已拆除),
// shapes as their area or point, whole rows as their main fields, a deleted row as such. Pure, so it is tested.
import type { Geometry } from 'geojson';
import { columnLabel, tableLabel, valueLabel } from '../../../shared/domain/labels';
import { ellipsoidalArea } from '../../../shared/geo/area/ellipsoidal-area';
import { formatSquareMetres } from '../../../shared/geo/units';

type Lang = 'zh' | 'en';

function isGeometry(value: unknown): value is Geometry {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && ('coordinates' in value || 'geometries' in value);
}

export function geometryText(geometry: Geometry, lang: Lang): string {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return `${lang === 'zh' ? '边界，面积' : 'boundary, area'} ${formatSquareMetres(ellipsoidalArea(geometry))} m²`;
  if (geometry.type === 'Point') return `${lang === 'zh' ? '点' : 'point'} ${geometry.coordinates[0]!.toFixed(6)}, ${geometry.coordinates[1]!.toFixed(6)}`;
  return geometry.type;
}

const ROW_FIELDS_SHOWN = 4;
const SKIPPED = new Set(['fid', 'id', 'code', 'data', 'geom', 'area_m2']);

export function mergeValueText(table: string, field: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return field === '*' ? (lang === 'zh' ? '（已删除 / 无此行）' : '(deleted / no row)') : '—';
  if (isGeometry(value)) return geometryText(value, lang);
  if (field === '*' && typeof value === 'object') {
    const row = value as Record<string, unknown>;
    const parts = Object.entries(row)
      .filter(([k, v]) => !SKIPPED.has(k) && v !== null && v !== undefined && v !== '')
      .slice(0, ROW_FIELDS_SHOWN)
      .map(([k, v]) => `${columnLabel(table, k, lang)}: ${mergeValueText(table, k, v, lang)}`);
    if (row.geom && isGeometry(row.geom)) parts.push(geometryText(row.geom, lang));
    return parts.join('；') || (lang === 'zh' ? '（有此行）' : '(row present)');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  if (field === 'entity_table' && typeof value === 'string') return tableLabel(value, lang);
  return valueLabel(table, field, String(value), lang);
}

export function fieldLabel(table: string, field: string, lang: Lang): string {
  if (field === '*') return lang === 'zh' ? '整行' : 'whole row';
  if (field === 'geom') return lang === 'zh' ? '几何' : 'geometry';
  return columnLabel(table, field, lang);
}

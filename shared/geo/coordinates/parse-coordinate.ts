// Reads a coordinate pair as staff type it: longitude/latitude in either order, or a CGCS2000 Gauss-Krüger X/Y
// (X = northing first, as on Chinese survey sheets), with or without the zone prefix in the easting. The result is
// EPSG:4490 [longitude, latitude] and a sentence saying how the numbers were read.
import { findGaussKruger } from '../../crs/crs-registry';
import type { BilingualText, CrsInfo } from '../../crs/crs-info';
import { crsLabel } from '../../crs/crs-info';
import { transformToCgcs2000 } from '../../crs/transform/to-cgcs2000';
import { threeDegreeZoneOf } from '../../crs/gauss-kruger-zone';

export type ParsedCoordinate =
  | { readonly ok: true; readonly lonLat: [number, number]; readonly how: BilingualText }
  | { readonly ok: false; readonly reason: BilingualText };

const CHINA_LON: [number, number] = [73, 136];
const CHINA_LAT: [number, number] = [3, 54];
const within = (v: number, [min, max]: [number, number]): boolean => v >= min && v <= max;
const isNorthing = (v: number): boolean => v >= 300_000 && v <= 6_000_000;
const isPrefixedEasting = (v: number): boolean => v >= 13_000_000 && v < 46_000_000;
const isPlainEasting = (v: number): boolean => v >= 100_000 && v <= 900_000;

function fromGrid(crs: CrsInfo, easting: number, northing: number, order: BilingualText): ParsedCoordinate {
  const lonLat = transformToCgcs2000(crs, false)(easting, northing);
  return { ok: true, lonLat, how: { en: `${order.en}, in ${crsLabel(crs)} (${crs.name})`, zh: `${order.zh}，${crsLabel(crs)}（${crs.name}）` } };
}

/**
 * @param text two numbers separated by a comma, space or semicolon
 * @param nearLongitude the longitude the map is looking at: picks the zone of an easting without prefix
 */
export function parseCoordinate(text: string, nearLongitude: number): ParsedCoordinate {
  const numbers = text
    .trim()
    .split(/[\s,，;；]+/)
    .filter(Boolean)
    .map(Number);
  if (numbers.length !== 2 || numbers.some((n) => !Number.isFinite(n))) {
    return { ok: false, reason: { en: 'Type two numbers, e.g. "114.05, 38.80" (longitude, latitude) or "4296500, 38512000" (X, Y).', zh: '请输入两个数，例如“114.05, 38.80”（经度、纬度）或“4296500, 38512000”（X、Y）。' } };
  }
  const [a, b] = numbers as [number, number];
  if (within(a, CHINA_LON) && within(b, CHINA_LAT)) return { ok: true, lonLat: [a, b], how: { en: 'longitude, latitude (CGCS2000)', zh: '经度、纬度（CGCS2000）' } };
  if (within(a, CHINA_LAT) && within(b, CHINA_LON)) return { ok: true, lonLat: [b, a], how: { en: 'latitude, longitude (CGCS2000)', zh: '纬度、经度（CGCS2000）' } };
  const pairs: [number, number, BilingualText][] = [
    [b, a, { en: 'X (northing), Y (easting)', zh: 'X（北坐标）、Y（东坐标）' }],
    [a, b, { en: 'Y (easting), X (northing)', zh: 'Y（东坐标）、X（北坐标）' }],
  ];
  for (const [easting, northing, order] of pairs) {
    if (!isNorthing(northing)) continue;
    if (isPrefixedEasting(easting)) {
      const zone = Math.floor(easting / 1_000_000);
      const crs = findGaussKruger('CGCS2000', 3, zone * 3, true);
      if (crs) return fromGrid(crs, easting, northing, order);
    }
    if (isPlainEasting(easting)) {
      const crs = findGaussKruger('CGCS2000', 3, threeDegreeZoneOf(nearLongitude) * 3, false);
      if (crs) return fromGrid(crs, easting, northing, { en: `${order.en}, zone of the map view`, zh: `${order.zh}，按当前地图所在带` });
    }
  }
  return { ok: false, reason: { en: `“${text.trim()}” is neither longitude/latitude in China nor a CGCS2000 Gauss-Krüger X/Y; check the numbers.`, zh: `“${text.trim()}”既不是中国范围内的经纬度，也不是 CGCS2000 高斯-克吕格 X/Y 坐标；请检查数字。` } };
}

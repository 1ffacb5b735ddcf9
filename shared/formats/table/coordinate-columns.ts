// Finds the geometry of a table by its header: longitude/latitude, northing/easting, an ambiguous X/Y pair, or a
// WKT column; and, for corner-point tables (界址点), the parcel code, the vertex order and the ring columns.
// Chinese survey tables list X = northing first; other tools write X = easting. The values decide which one a file
// means (northings are 1.9–6 × 10⁶ m, eastings 10⁵–9 × 10⁵ or zone-prefixed 13–45 × 10⁶); if they cannot, the
// Chinese convention is taken and said.
import { CHINA_LATITUDE, CHINA_LONGITUDE, NORTHING, UNPREFIXED_EASTING, within, zonePrefix } from '../../crs/detect/coordinate-ranges';
import type { BilingualText } from '../../crs/crs-info';
import { headerKey, numericCell, type CellValue } from './cell-value';

const LONGITUDE = ['经度', 'lon', 'lng', 'long', 'longitude', 'jd', '东经'];
const LATITUDE = ['纬度', 'lat', 'latitude', 'wd', '北纬'];
const NORTH = ['北坐标', '纵坐标', 'x纵坐标', '纵坐标x', 'n', 'northing', 'north', 'n坐标', '北坐标x', 'x北坐标', 'x北'];
const EAST = ['东坐标', '横坐标', 'y横坐标', '横坐标y', 'e', 'easting', 'east', 'e坐标', '东坐标y', 'y东坐标', 'y东'];
const X = ['x', 'x坐标', '坐标x', 'xzb', 'xcoord', 'pointx', 'x值'];
const Y = ['y', 'y坐标', '坐标y', 'yzb', 'ycoord', 'pointy', 'y值'];
const WKT = ['wkt', 'geometry', 'geom', 'thegeom', 'shape', '几何', '图形'];
export const PARCEL_CODE = ['地块编号', '宗地编号', '地块号', '宗地号', '宗地代码', '图斑编号', '图斑号', '地块代码', '复垦地块编号', '项目地块编号', '编号', 'dkbh', 'zdbh', 'zddm', 'tbbh', 'code', 'parcel', 'parcelcode', 'parcelid', 'id'];
const VERTEX = ['点号', '界址点号', '界址点编号', '拐点号', '拐点编号', '序号', '顺序号', '点序号', '点序', '顺序', 'jzdh', 'dh', 'xh', 'point', 'pointno', 'pointid', 'vertex', 'order', 'seq', 'sequence'];
const RING = ['圈号', '环号', '圈', '环', 'ring', 'part', 'qh'];

export interface CoordinateColumns {
  /** Column indexes, when the table has coordinate columns. */
  readonly easting?: number;
  readonly northing?: number;
  /** Column index of WKT geometries, when the table has no coordinate columns. */
  readonly wkt?: number;
  readonly parcelCode?: number;
  readonly vertexOrder?: number;
  readonly ring?: number;
  /** How the columns were chosen, for the user. */
  readonly how: BilingualText;
}

function find(keys: string[], names: readonly string[]): number | undefined {
  for (const name of names) {
    const index = keys.indexOf(name);
    if (index >= 0) return index;
  }
  return undefined;
}

/** True when the header row has some geometry: coordinate pairs or a WKT column. */
export function looksLikeHeader(row: readonly CellValue[]): boolean {
  const keys = row.map(headerKey);
  const has = (names: readonly string[]) => find(keys, names) !== undefined;
  return (has(LONGITUDE) && has(LATITUDE)) || (has(NORTH) && has(EAST)) || (has(X) && has(Y)) || has(WKT);
}

function rangeOf(rows: readonly (readonly CellValue[])[], column: number): { min: number; max: number } | undefined {
  let min = Infinity, max = -Infinity;
  for (const row of rows) {
    const v = numericCell(row[column] ?? null);
    if (v === undefined) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : undefined;
}

const isNorthing = (r: { min: number; max: number }) => within(NORTHING, r.min, r.max);
const isEasting = (r: { min: number; max: number }) => within(UNPREFIXED_EASTING, r.min, r.max) || zonePrefix(r.min, r.max) !== undefined;

/** Which of two ambiguous X/Y columns is the northing, judged by their values. */
function decideXY(x: number, y: number, header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): { easting: number; northing: number; how: BilingualText } {
  const xr = rangeOf(rows, x), yr = rangeOf(rows, y);
  const xName = String(header[x]), yName = String(header[y]);
  const northFirst = { easting: y, northing: x };
  const eastFirst = { easting: x, northing: y };
  if (xr && yr) {
    if (within(CHINA_LONGITUDE, xr.min, xr.max) && within(CHINA_LATITUDE, yr.min, yr.max))
      return { ...eastFirst, how: { en: `Columns ${xName}/${yName} hold longitude/latitude (${xName} = longitude).`, zh: `${xName}/${yName} 列为经纬度（${xName} 为经度）。` } };
    if (within(CHINA_LATITUDE, xr.min, xr.max) && within(CHINA_LONGITUDE, yr.min, yr.max))
      return { ...northFirst, how: { en: `Columns ${xName}/${yName} hold latitude/longitude (${xName} = latitude).`, zh: `${xName}/${yName} 列为纬度/经度（${xName} 为纬度）。` } };
    if (isNorthing(xr) && (isEasting(yr) || !isNorthing(yr)))
      return { ...northFirst, how: { en: `Column ${xName} holds northings (${Math.round(xr.min)}…${Math.round(xr.max)}) and ${yName} eastings: X = northing, as in Chinese survey tables.`, zh: `${xName} 列为北坐标（${Math.round(xr.min)}…${Math.round(xr.max)}），${yName} 列为东坐标：X 为纵坐标，符合我国测量习惯。` } };
    if (isNorthing(yr) && !isNorthing(xr))
      return { ...eastFirst, how: { en: `Column ${yName} holds northings (${Math.round(yr.min)}…${Math.round(yr.max)}) and ${xName} eastings: X = easting.`, zh: `${yName} 列为北坐标（${Math.round(yr.min)}…${Math.round(yr.max)}），${xName} 列为东坐标：X 为横坐标。` } };
  }
  return { ...northFirst, how: { en: `The values of ${xName}/${yName} do not tell which is the northing; X = northing is assumed, as in Chinese survey tables. If the map shows the data in the wrong place, swap the columns.`, zh: `无法从 ${xName}/${yName} 的数值判断哪一列为北坐标；按我国测量习惯取 X 为纵坐标（北）。如位置不对，请交换两列。` } };
}

export function findCoordinateColumns(header: readonly CellValue[], rows: readonly (readonly CellValue[])[]): CoordinateColumns | undefined {
  const keys = header.map(headerKey);
  const parcel = find(keys, PARCEL_CODE);
  const vertex = find(keys, VERTEX);
  const ring = find(keys, RING);
  const extra = { ...(parcel !== undefined ? { parcelCode: parcel } : {}), ...(vertex !== undefined ? { vertexOrder: vertex } : {}), ...(ring !== undefined ? { ring } : {}) };
  const lon = find(keys, LONGITUDE), lat = find(keys, LATITUDE);
  if (lon !== undefined && lat !== undefined)
    return { easting: lon, northing: lat, ...extra, how: { en: `Columns ${String(header[lon])} (longitude) and ${String(header[lat])} (latitude).`, zh: `${String(header[lon])}（经度）与 ${String(header[lat])}（纬度）列。` } };
  const north = find(keys, NORTH), east = find(keys, EAST);
  if (north !== undefined && east !== undefined)
    return { easting: east, northing: north, ...extra, how: { en: `Columns ${String(header[north])} (northing) and ${String(header[east])} (easting).`, zh: `${String(header[north])}（北坐标）与 ${String(header[east])}（东坐标）列。` } };
  const x = find(keys, X), y = find(keys, Y);
  if (x !== undefined && y !== undefined) return { ...decideXY(x, y, header, rows), ...extra };
  const wkt = find(keys, WKT);
  if (wkt !== undefined) return { wkt, how: { en: `Column ${String(header[wkt])} holds WKT geometries.`, zh: `${String(header[wkt])} 列为 WKT 几何。` } };
  return undefined;
}

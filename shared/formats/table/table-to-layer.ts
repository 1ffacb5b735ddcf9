// Turns the rows of a CSV/TSV/XLSX sheet into features: one point per row, one geometry per row from a WKT column,
// or, for corner-point tables (界址点坐标表), one polygon per parcel code with its corners in vertex order, rings
// closed, further rings as holes (inside the first) or as more parts. Positions come out as [easting, northing]
// (or [longitude, latitude]) in the file's own system: shared/crs/detect decides which system that is.
import type { Feature, Geometry, Position } from 'geojson';
import type { BilingualText } from '../../crs/crs-info';
import { pointInRing } from '../../geo/topology/point-in-ring';
import { planarSignedArea } from '../../geo/topology/ring-orientation';
import { CHUNK, step, type LongTaskOptions } from '../progress';
import { FormatReadError } from '../read-error';
import type { ReadLayer, ReadProperties } from '../read-result';
import { parseWkt, WktGeometryError } from '../wkt/parse-wkt';
import { numericCell, type CellValue } from './cell-value';
import { findCoordinateColumns, looksLikeHeader, type CoordinateColumns } from './coordinate-columns';

export type TableGeometry = 'auto' | 'points' | 'polygons';

export interface TableReadOptions extends LongTaskOptions {
  /** `auto` (default): polygons when a parcel code repeats (a corner-point table), else points. */
  readonly geometry?: TableGeometry;
}

export interface TableLayer extends ReadLayer {
  /** Which columns hold the geometry and why; whether rows became points or polygons. */
  readonly notes: BilingualText[];
}

/** How many leading rows may hold a title (e.g. a merged "界址点坐标表" line) before the header. */
const HEADER_SEARCH_ROWS = 20;

function vertexNumber(value: CellValue): number {
  if (typeof value === 'number') return value;
  const digits = /(\d+)(?!.*\d)/.exec(String(value ?? ''));
  return digits ? Number(digits[1]) : Number.POSITIVE_INFINITY;
}

function sameKey(value: CellValue): string {
  return value === null ? '' : String(value).trim();
}

function ringOf(points: Position[]): Position[] {
  const ring: Position[] = [];
  for (const p of points) {
    const last = ring[ring.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
  }
  const first = ring[0], last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) ring.push([first[0]!, first[1]!]);
  return ring;
}

/** RFC 7946 winding: shells counter-clockwise, holes clockwise (positions are planar easting/northing here). */
function wound(ring: Position[], counterClockwise: boolean): Position[] {
  return planarSignedArea(ring) > 0 === counterClockwise ? ring : ring.slice().reverse();
}

export function tableToLayer(name: string, rows: readonly (readonly CellValue[])[], options: TableReadOptions = {}): TableLayer {
  const headerAt = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => looksLikeHeader(row));
  if (headerAt < 0) {
    const first = (rows.find((r) => r.some((c) => c !== null && c !== '')) ?? []).filter((c) => c !== null && c !== '').slice(0, 8).map(String).join(', ');
    throw new FormatReadError(
      `${name} has no coordinate columns (looked for X/Y, 纵坐标/横坐标, 北坐标/东坐标, 经度/纬度, lon/lat or WKT; the first row has: ${first || 'nothing'}); rename the coordinate columns and try again.`,
      `${name} 中找不到坐标列（查找了 X/Y、纵坐标/横坐标、北坐标/东坐标、经度/纬度、lon/lat 或 WKT；首行为：${first || '空'}）；请修改坐标列名后重试。`,
    );
  }
  const header = rows[headerAt]!;
  const body = rows.slice(headerAt + 1).filter((row) => row.some((c) => c !== null && c !== ''));
  const columns = findCoordinateColumns(header, body)!;
  const names = header.map((h, i) => (h === null || String(h).trim() === '' ? `field_${i + 1}` : String(h).trim()));
  const geometryColumns = new Set([columns.easting, columns.northing, columns.wkt].filter((c): c is number => c !== undefined));
  const firstDataRow = headerAt + 2; // 1-based row number as a spreadsheet shows it

  const propertiesOf = (row: readonly CellValue[], skip: ReadonlySet<number>): ReadProperties => {
    const properties: ReadProperties = {};
    names.forEach((n, i) => {
      if (!skip.has(i)) properties[n] = row[i] ?? null;
    });
    return properties;
  };
  const positionOf = (row: readonly CellValue[], index: number): Position | null => {
    const e = row[columns.easting!] ?? null, n = row[columns.northing!] ?? null;
    if ((e === null || e === '') && (n === null || n === '')) return null;
    const x = numericCell(e), y = numericCell(n);
    if (x === undefined || y === undefined)
      throw new FormatReadError(`Row ${firstDataRow + index} of ${name} has a coordinate that is not a number (${String(e)}, ${String(n)}); correct it or delete the row.`, `${name} 第 ${firstDataRow + index} 行的坐标不是数字（${String(e)}，${String(n)}）；请修正或删除该行。`);
    return [x, y];
  };

  const notes: BilingualText[] = [columns.how];
  if (columns.wkt !== undefined) return { name, features: wktFeatures(name, body, columns, propertiesOf, firstDataRow, options), notes };

  const counts = new Map<string, number>();
  if (columns.parcelCode !== undefined) for (const row of body) counts.set(sameKey(row[columns.parcelCode] ?? null), (counts.get(sameKey(row[columns.parcelCode] ?? null)) ?? 0) + 1);
  const polygons = options.geometry === 'polygons' || (options.geometry !== 'points' && columns.parcelCode !== undefined && [...counts.values()].some((c) => c >= 3));
  if (!polygons) {
    const features: Feature<Geometry | null, ReadProperties>[] = [];
    body.forEach((row, i) => {
      if (i % CHUNK === 0) step(options, i, body.length);
      const p = positionOf(row, i);
      features.push({ type: 'Feature', properties: propertiesOf(row, geometryColumns), geometry: p ? { type: 'Point', coordinates: p } : null });
    });
    notes.push({ en: `${features.length} rows became ${features.length} points.`, zh: `${features.length} 行生成 ${features.length} 个点。` });
    return { name, features, notes };
  }
  return { name, features: cornerPolygons(name, body, columns, names, positionOf, propertiesOf, options, notes), notes };
}

function wktFeatures(name: string, body: readonly (readonly CellValue[])[], columns: CoordinateColumns, propertiesOf: (row: readonly CellValue[], skip: ReadonlySet<number>) => ReadProperties, firstDataRow: number, options: TableReadOptions): Feature<Geometry | null, ReadProperties>[] {
  const skip = new Set([columns.wkt!]);
  return body.map((row, i) => {
    if (i % CHUNK === 0) step(options, i, body.length);
    const text = row[columns.wkt!];
    let geometry: Geometry | null = null;
    if (text !== null && text !== undefined && String(text).trim() !== '')
      try {
        geometry = parseWkt(String(text));
      } catch (error) {
        const why = error instanceof WktGeometryError ? error.message : String(error);
        throw new FormatReadError(`Row ${firstDataRow + i} of ${name} has a WKT geometry Landlink cannot read (${why}); correct it or delete the row.`, `${name} 第 ${firstDataRow + i} 行的 WKT 几何无法读取（${why}）；请修正或删除该行。`);
      }
    return { type: 'Feature', properties: propertiesOf(row, skip), geometry };
  });
}

function cornerPolygons(
  name: string,
  body: readonly (readonly CellValue[])[],
  columns: CoordinateColumns,
  names: string[],
  positionOf: (row: readonly CellValue[], index: number) => Position | null,
  propertiesOf: (row: readonly CellValue[], skip: ReadonlySet<number>) => ReadProperties,
  options: TableReadOptions,
  notes: BilingualText[],
): Feature<Geometry | null, ReadProperties>[] {
  // Parcels in order of first appearance; within a parcel, rings in order of appearance, corners by vertex number.
  const parcels = new Map<string, { first: readonly CellValue[]; rings: Map<string, { order: number; at: number; p: Position }[]> }>();
  body.forEach((row, i) => {
    if (i % CHUNK === 0) step(options, i, body.length);
    const code = columns.parcelCode === undefined ? '' : sameKey(row[columns.parcelCode] ?? null);
    const p = positionOf(row, i);
    if (!p) return;
    let parcel = parcels.get(code);
    if (!parcel) parcels.set(code, (parcel = { first: row, rings: new Map() }));
    const ringKey = columns.ring === undefined ? '1' : sameKey(row[columns.ring] ?? null);
    let ring = parcel.rings.get(ringKey);
    if (!ring) parcel.rings.set(ringKey, (ring = []));
    ring.push({ order: columns.vertexOrder === undefined ? i : vertexNumber(row[columns.vertexOrder] ?? null), at: i, p });
  });
  const skip = new Set([columns.easting!, columns.northing!, ...(columns.vertexOrder !== undefined ? [columns.vertexOrder] : []), ...(columns.ring !== undefined ? [columns.ring] : [])]);
  const features: Feature<Geometry | null, ReadProperties>[] = [];
  let corners = 0;
  for (const [code, parcel] of parcels) {
    const rings = [...parcel.rings.values()].map((corners) => ringOf(corners.sort((a, b) => a.order - b.order || a.at - b.at).map((c) => c.p)));
    corners += rings.reduce((n, r) => n + r.length - 1, 0);
    for (const ring of rings)
      if (ring.length < 4) {
        const label = code === '' ? name : `${names[columns.parcelCode!]} ${code}`;
        throw new FormatReadError(`Parcel ${label} in ${name} has only ${Math.max(ring.length - 1, 0)} distinct corner points; a parcel needs at least 3. Add its corners or delete its rows.`, `${name} 中地块 ${label} 只有 ${Math.max(ring.length - 1, 0)} 个不同的界址点，至少需要 3 个；请补全或删除该地块。`);
      }
    const polygons: Position[][][] = [];
    for (const ring of rings) {
      const owner = polygons.find((polygon) => pointInRing(ring[0]!, polygon[0]!) && pointInRing(ring[1]!, polygon[0]!));
      if (owner) owner.push(wound(ring, false));
      else polygons.push([wound(ring, true)]);
    }
    const geometry: Geometry = polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons };
    features.push({ type: 'Feature', properties: propertiesOf(parcel.first, skip), geometry });
  }
  notes.push({ en: `Corner-point table: ${corners} corners became ${features.length} polygon${features.length === 1 ? '' : 's'}, one per ${columns.parcelCode === undefined ? 'table' : names[columns.parcelCode]}${columns.vertexOrder === undefined ? ', in row order' : `, ordered by ${names[columns.vertexOrder]}`}; rings closed.`, zh: `界址点表：${corners} 个界址点生成 ${features.length} 个面，按${columns.parcelCode === undefined ? '整表' : names[columns.parcelCode]}分组，${columns.vertexOrder === undefined ? '按行顺序' : `按${names[columns.vertexOrder]}排序`}，环已闭合。` });
  return features;
}

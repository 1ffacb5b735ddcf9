// CSV for Excel and other tools: UTF-8 with a byte-order mark and CRLF (so Excel on Chinese Windows opens the
// Chinese text correctly), the geometry as a WKT column (GDAL reads a column named WKT as geometry), or as
// coordinate columns: points get X/Y (X = northing, as in Chinese survey tables) or 经度/纬度, polygons become a
// corner-point table (one row per corner: code, 圈号, 点号, X, Y, then the parcel's attributes), which the CSV
// reader turns back into the same polygons.
import type { Feature, Geometry, Position } from 'geojson';
import type { CrsInfo } from '../../crs/crs-info';
import { writeWkt } from '../wkt/write-wkt';
import { csvCell } from './csv-cell';

export type TableGeometryColumns = 'wkt' | 'xy' | 'none';

export interface CsvWriteOptions {
  /** The system the coordinates are in: degrees get 经度/纬度 columns, grids X/Y. */
  readonly crs: CrsInfo;
  readonly geometry?: TableGeometryColumns;
  /** Header text per property (e.g. Chinese labels); properties without one keep their name. */
  readonly headers?: Readonly<Record<string, string>>;
}

const cell = csvCell;

/** Rings of a polygonal geometry, numbered across parts (1, 2, …) as corner-point tables number them. */
export function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** Corner rows (without the closing repeat) of a polygon: [ring number, point number, position]. */
export function cornerRows(geometry: Geometry | null): [number, number, Position][] {
  const rows: [number, number, Position][] = [];
  ringsOf(geometry).forEach((ring, r) => {
    const open = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.slice(0, -1) : ring;
    open.forEach((p, i) => rows.push([r + 1, i + 1, p]));
  });
  return rows;
}

export function coordinateHeaders(crs: CrsInfo): [string, string] {
  return crs.kind === 'geographic' ? ['纬度', '经度'] : ['X', 'Y'];
}

export function writeCsv(features: readonly Feature<Geometry | null, Record<string, unknown> | null>[], options: CsvWriteOptions): Uint8Array {
  const mode = options.geometry ?? 'wkt';
  const properties = features.map((f) => f.properties ?? {});
  const names = [...new Set(properties.flatMap((p) => Object.keys(p)))];
  const header = (n: string) => options.headers?.[n] ?? n;
  const [northHeader, eastHeader] = coordinateHeaders(options.crs);
  const polygonal = features.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  const lines: string[] = [];
  if (mode === 'xy' && polygonal) {
    const codeName = names.includes('code') ? 'code' : undefined;
    lines.push([codeName ? header(codeName) : '要素序号', '圈号', '点号', northHeader, eastHeader, ...names.filter((n) => n !== codeName).map(header)].map(cell).join(','));
    features.forEach((f, i) => {
      const p = properties[i]!;
      const rest = names.filter((n) => n !== codeName).map((n) => p[n]);
      for (const [ring, point, position] of cornerRows(f.geometry))
        lines.push([codeName ? p[codeName] : i + 1, ring, `J${point}`, position[1], position[0], ...rest].map(cell).join(','));
    });
  } else if (mode === 'xy') {
    lines.push([northHeader, eastHeader, ...names.map(header)].map(cell).join(','));
    features.forEach((f, i) => {
      const point = f.geometry?.type === 'Point' ? f.geometry.coordinates : f.geometry?.type === 'MultiPoint' ? f.geometry.coordinates[0] : undefined;
      lines.push([point?.[1], point?.[0], ...names.map((n) => properties[i]![n])].map(cell).join(','));
    });
  } else {
    lines.push([...(mode === 'wkt' ? ['WKT'] : []), ...names.map(header)].map(cell).join(','));
    features.forEach((f, i) => lines.push([...(mode === 'wkt' ? [writeWkt(f.geometry)] : []), ...names.map((n) => properties[i]![n])].map(cell).join(',')));
  }
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

// Reading an MBTiles (an SQLite file: `metadata` name/value rows and `tiles` by zoom, column and TMS row) with sql.js.
// Pure over a sql.js Database, so the worker and the unit tests share it.
import type { Database } from 'sql.js';
import { gunzipSync } from 'fflate';
import { tmsRow } from '../tile-url';

export interface MbtilesInfo {
  /** `pbf` for vector tiles; `png`, `jpg`, `webp` for raster. */
  readonly format: string;
  readonly name: string | null;
  readonly minzoom: number | null;
  readonly maxzoom: number | null;
  /** [west, south, east, north] in degrees. */
  readonly bounds: [number, number, number, number] | null;
  /** The `json` row (vector_layers for vector tiles), parsed. */
  readonly json: unknown;
}

export class NotMbtilesError extends Error {}

function tableExists(db: Database, name: string): boolean {
  return db.exec("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?", [name]).length > 0;
}

export function readMbtilesInfo(db: Database): MbtilesInfo {
  if (!tableExists(db, 'tiles') || !tableExists(db, 'metadata')) throw new NotMbtilesError('no tiles or metadata table');
  const rows = (db.exec('SELECT name, value FROM metadata')[0]?.values ?? []) as [string, string][];
  const meta = new Map(rows.map(([name, value]) => [String(name), String(value)]));
  const number = (key: string): number | null => (meta.has(key) && Number.isFinite(Number(meta.get(key))) ? Number(meta.get(key)) : null);
  const boundsParts = meta.get('bounds')?.split(',').map(Number);
  const bounds = boundsParts?.length === 4 && boundsParts.every(Number.isFinite) ? (boundsParts as [number, number, number, number]) : null;
  let json: unknown = null;
  try {
    json = meta.has('json') ? JSON.parse(meta.get('json')!) : null;
  } catch {
    json = null;
  }
  let format = (meta.get('format') ?? '').toLowerCase();
  if (format === 'jpeg') format = 'jpg';
  if (format === 'mvt') format = 'pbf';
  if (!format) format = json ? 'pbf' : 'png';
  // Some writers leave out zoom levels: read them from the tiles.
  const zooms = db.exec('SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles')[0]?.values[0] as [number | null, number | null] | undefined;
  return { format, name: meta.get('name') ?? null, minzoom: number('minzoom') ?? zooms?.[0] ?? null, maxzoom: number('maxzoom') ?? zooms?.[1] ?? null, bounds, json };
}

/** The tile MapLibre asks for as z/x/y (XYZ rows), or null when the file has none there. Gzipped MVT is unpacked. */
export function readMbtilesTile(db: Database, z: number, x: number, y: number): Uint8Array | null {
  const statement = db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
  try {
    statement.bind([z, x, tmsRow(z, y)]);
    if (!statement.step()) return null;
    const data = statement.get()[0];
    if (!(data instanceof Uint8Array)) return null;
    return data[0] === 0x1f && data[1] === 0x8b ? gunzipSync(data) : data;
  } finally {
    statement.free();
  }
}

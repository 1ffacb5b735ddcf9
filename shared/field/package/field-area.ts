// Which part of the county goes into a field package: a township, a village (by the names on houses and parcels,
// as the ledger keeps them) or an area drawn on the map (every house inside it, every parcel that meets it).
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Database } from 'sql.js';
import { geometryBounds } from '../../geo/index/geometry-bounds';
import { pointInRing } from '../../geo/topology/point-in-ring';
import { segmentIntersection } from '../../geo/topology/segment-intersection';
import { readLayer } from '../../project/read-layer';
import { queryRows } from '../../project/sql-rows';

export type FieldArea =
  | { readonly kind: 'township'; readonly name: string }
  | { readonly kind: 'village'; readonly name: string }
  | { readonly kind: 'polygon'; readonly geometry: Polygon | MultiPolygon; readonly name?: string };

export interface FieldSelection {
  /** fids per table (`photos`: ids). */
  readonly old_houses: number[];
  readonly reclaim_parcels: number[];
  readonly admin_areas: number[];
  readonly verifications: number[];
  readonly photos: number[];
  /** The linkage projects of the parcels (context, so the package validates without warnings). */
  readonly linkage_projects: number[];
  readonly label: string;
}

export class FieldAreaError extends Error {
  override readonly name = 'FieldAreaError';
  constructor(
    message: string,
    readonly messageZh: string,
  ) {
    super(message);
  }
}

export function areaLabel(area: FieldArea): string {
  return area.kind === 'polygon' ? (area.name ?? '绘制区域') : area.name;
}

export function selectFieldArea(db: Database, area: FieldArea): FieldSelection {
  let houses: number[];
  let parcels: number[];
  let admin: number[];
  if (area.kind === 'polygon') {
    const inArea = (g: Geometry | null) => g !== null && meets(area.geometry, g);
    houses = readLayer(db, 'old_houses').features.filter((f) => inArea(f.geometry)).map((f) => f.properties.fid);
    parcels = readLayer(db, 'reclaim_parcels').features.filter((f) => inArea(f.geometry)).map((f) => f.properties.fid);
    admin = readLayer(db, 'admin_areas').features.filter((f) => f.properties.level === 'village' && inArea(f.geometry)).map((f) => f.properties.fid);
  } else {
    const column = area.kind;
    const fids = (table: string) => queryRows(db, `SELECT fid FROM ${table} WHERE trim(${column}) = ? ORDER BY fid`, [area.name.trim()]).map((r) => Number(r.fid));
    houses = fids('old_houses');
    parcels = fids('reclaim_parcels');
    if (houses.length === 0 && parcels.length === 0) {
      const known = queryRows(db, `SELECT DISTINCT ${column} AS name FROM reclaim_parcels WHERE ${column} IS NOT NULL UNION SELECT DISTINCT ${column} FROM old_houses WHERE ${column} IS NOT NULL ORDER BY 1`).map((r) => String(r.name));
      const kindZh = area.kind === 'township' ? '乡镇' : '村';
      throw new FieldAreaError(
        `no old house or reclaimed parcel is in ${area.kind} “${area.name}”; ${area.kind}s with some are: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ' …' : ''}`,
        `${kindZh}“${area.name}”中没有旧房或复垦地块；有数据的${kindZh}：${known.slice(0, 12).join('、')}${known.length > 12 ? '……' : ''}`,
      );
    }
    const level = area.kind;
    const own = queryRows(db, 'SELECT fid, code FROM admin_areas WHERE level = ? AND trim(name) = ?', [level, area.name.trim()]);
    const children = level === 'township' && own.length > 0 ? queryRows(db, `SELECT fid FROM admin_areas WHERE level = 'village' AND parent_code IN (${own.map(() => '?').join(',')})`, own.map((r) => r.code ?? null)) : [];
    admin = [...own, ...children].map((r) => Number(r.fid));
  }
  if (houses.length === 0 && parcels.length === 0) {
    throw new FieldAreaError('the drawn area holds no old house or reclaimed parcel; draw it around the features to verify', '所绘区域内没有旧房或复垦地块；请围绕要核查的要素绘制');
  }
  const codes = (table: string, fids: number[]) =>
    fids.length === 0 ? [] : queryRows(db, `SELECT code FROM ${table} WHERE fid IN (${fids.join(',')})`).map((r) => String(r.code));
  const entities = [...codes('old_houses', houses).map((c) => ['old_houses', c]), ...codes('reclaim_parcels', parcels).map((c) => ['reclaim_parcels', c])];
  const entityKeys = new Set(entities.map(([t, c]) => `${t}/${c}`));
  const verifications = queryRows(db, 'SELECT fid, entity_table, entity_code FROM verifications ORDER BY fid')
    .filter((r) => entityKeys.has(`${String(r.entity_table)}/${String(r.entity_code)}`))
    .map((r) => Number(r.fid));
  const photos =
    verifications.length === 0
      ? []
      : queryRows(db, `SELECT DISTINCT related_id FROM verifications_photos WHERE base_id IN (${verifications.join(',')}) ORDER BY related_id`).map((r) => Number(r.related_id));
  const linkage =
    parcels.length === 0
      ? []
      : queryRows(db, `SELECT fid FROM linkage_projects WHERE code IN (SELECT DISTINCT project_code FROM reclaim_parcels WHERE fid IN (${parcels.join(',')})) ORDER BY fid`).map((r) => Number(r.fid));
  return { old_houses: houses, reclaim_parcels: parcels, admin_areas: admin, verifications, photos, linkage_projects: linkage, label: areaLabel(area) };
}

/** Whether geometry g meets the drawn area (planar, in degrees: enough for "inside the drawn line"). */
function meets(area: Polygon | MultiPolygon, g: Geometry): boolean {
  const a = geometryBounds(area), b = geometryBounds(g);
  if (!a || !b || a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) return false;
  const areaPolygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  const points = positions(g);
  if (points.some((p) => areaPolygons.some((rings) => inPolygon(p, rings)))) return true;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return false;
  const gPolygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (areaPolygons.some((rings) => rings[0]!.some((p) => gPolygons.some((gr) => inPolygon(p, gr))))) return true;
  const edges = (polygons: Position[][][]) => polygons.flatMap((rings) => rings.flatMap((ring) => ring.slice(1).map((p, i) => [ring[i]!, p] as const)));
  const gEdges = edges(gPolygons);
  return edges(areaPolygons).some(([p, q]) => gEdges.some(([r, s]) => segmentIntersection(p[0]!, p[1]!, q[0]!, q[1]!, r[0]!, r[1]!, s[0]!, s[1]!) !== undefined));
}

function inPolygon(p: Position, rings: Position[][]): boolean {
  return pointInRing(p, rings[0]!) && !rings.slice(1).some((hole) => pointInRing(p, hole));
}

function positions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positions);
  }
}

// Township and village of a feature from where it lies: the admin area (admin_areas, level township / village) that
// holds a point inside it. Used by the write path to fill the two columns when a row arrives without them, as an
// import of 三调 data or a field sketch does. Areas are indexed once per state of admin_areas.
import type { Geometry, Polygon, Position } from 'geojson';
import type { Database } from 'sql.js';
import { tableExists } from '../gpkg/core-tables';
import { decodeGeometryBlob } from '../gpkg/geometry-blob';
import { buildSpatialIndex, type SpatialIndex } from '../geo/index/spatial-index';
import { pointInRing } from '../geo/topology/point-in-ring';
import { queryRows, queryScalar } from '../project/sql-rows';

interface AdminArea {
  readonly level: string;
  readonly name: string;
  readonly polygons: readonly (readonly Position[][])[];
  readonly geometry: Geometry;
}

export interface AdminPlace {
  readonly township: string | null;
  readonly village: string | null;
}

interface Cached {
  readonly signature: string;
  readonly index: SpatialIndex<AdminArea>;
}

const cache = new WeakMap<Database, Cached>();

/**
 * Finds the township and village holding a geometry's representative point (null where none does). Build one per
 * batch of rows: it indexes admin_areas once (again only when the table has changed since).
 */
export function adminLocator(db: Database): (geometry: Geometry | null | undefined) => AdminPlace {
  const index = adminIndex(db);
  return (geometry) => {
    const point = geometry ? representativePoint(geometry) : null;
    if (!point || !index) return { township: null, village: null };
    const [x, y] = [point[0]!, point[1]!];
    let township: string | null = null;
    let village: string | null = null;
    for (const area of index.search(x, y, x, y)) {
      if (!contains(area, point)) continue;
      if (area.level === 'township') township ??= area.name;
      else if (area.level === 'village') village ??= area.name;
    }
    return { township, village };
  };
}

function adminIndex(db: Database): SpatialIndex<AdminArea> | null {
  if (!tableExists(db, 'admin_areas')) return null;
  // Count, largest id and total change of the table's rows tell whether it changed since it was indexed.
  const signature = String(queryScalar(db, "SELECT count(*) || ':' || ifnull(max(fid), 0) || ':' || ifnull(sum(length(geom)), 0) || ':' || ifnull(group_concat(name, ','), '') FROM admin_areas WHERE level IN ('township', 'village')") ?? '');
  const cached = cache.get(db);
  if (cached && cached.signature === signature) return cached.index;
  const areas: AdminArea[] = [];
  for (const row of queryRows(db, "SELECT level, name, geom FROM admin_areas WHERE level IN ('township', 'village') AND geom IS NOT NULL")) {
    if (!(row.geom instanceof Uint8Array)) continue;
    let geometry: Geometry;
    try {
      geometry = decodeGeometryBlob(row.geom).geometry;
    } catch {
      continue;
    }
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
    if (polygons.length > 0) areas.push({ level: String(row.level), name: String(row.name), polygons, geometry });
  }
  const index = buildSpatialIndex(areas, (a) => a.geometry);
  cache.set(db, { signature, index });
  return index;
}

function contains(area: AdminArea, point: Position): boolean {
  return area.polygons.some((rings) => rings.length > 0 && pointInRing(point, rings[0]!) && !rings.slice(1).some((hole) => pointInRing(point, hole)));
}

/**
 * A point that lies in the feature: for a polygon, the middle of the widest horizontal chord through its middle
 * latitude (a centroid can fall outside a bent parcel); for a point, itself; for a line, its middle vertex.
 */
function representativePoint(geometry: Geometry): Position | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates;
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates[Math.floor(geometry.coordinates.length / 2)] ?? null;
    case 'MultiLineString':
      return geometry.coordinates[0]?.[0] ?? null;
    case 'Polygon':
      return polygonPoint(geometry);
    case 'MultiPolygon':
      return geometry.coordinates[0] ? polygonPoint({ type: 'Polygon', coordinates: geometry.coordinates[0] }) : null;
    case 'GeometryCollection':
      return geometry.geometries[0] ? representativePoint(geometry.geometries[0]) : null;
  }
}

function polygonPoint(polygon: Polygon): Position | null {
  const shell = polygon.coordinates[0];
  if (!shell || shell.length < 3) return null;
  let minY = Infinity, maxY = -Infinity;
  for (const p of shell) {
    if (p[1]! < minY) minY = p[1]!;
    if (p[1]! > maxY) maxY = p[1]!;
  }
  const y = (minY + maxY) / 2;
  const crossings: number[] = [];
  for (const ring of polygon.coordinates) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[j]!, b = ring[i]!;
      if (a[1]! > y !== b[1]! > y) crossings.push(a[0]! + ((y - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!));
    }
  }
  crossings.sort((a, b) => a - b);
  let best: Position | null = null;
  let width = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    if (crossings[i + 1]! - crossings[i]! > width) {
      width = crossings[i + 1]! - crossings[i]!;
      best = [(crossings[i]! + crossings[i + 1]!) / 2, y];
    }
  }
  return best ?? shell[0]!;
}

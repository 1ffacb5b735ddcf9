// Bounding box [minX, minY, maxX, maxY] of any GeoJSON geometry.
import type { Geometry, Position } from 'geojson';

export type Bounds = [number, number, number, number];

function extend(bounds: Bounds, p: Position): void {
  const x = p[0]!, y = p[1]!;
  if (x < bounds[0]) bounds[0] = x;
  if (y < bounds[1]) bounds[1] = y;
  if (x > bounds[2]) bounds[2] = x;
  if (y > bounds[3]) bounds[3] = y;
}

function visit(geometry: Geometry, bounds: Bounds): void {
  switch (geometry.type) {
    case 'Point': extend(bounds, geometry.coordinates); break;
    case 'MultiPoint': case 'LineString': for (const p of geometry.coordinates) extend(bounds, p); break;
    case 'MultiLineString': case 'Polygon': for (const line of geometry.coordinates) for (const p of line) extend(bounds, p); break;
    case 'MultiPolygon': for (const polygon of geometry.coordinates) for (const ring of polygon) for (const p of ring) extend(bounds, p); break;
    case 'GeometryCollection': for (const g of geometry.geometries) visit(g, bounds); break;
  }
}

/** The geometry's bounds, or undefined when it has no coordinates. */
export function geometryBounds(geometry: Geometry): Bounds | undefined {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  visit(geometry, bounds);
  return bounds[0] <= bounds[2] ? bounds : undefined;
}

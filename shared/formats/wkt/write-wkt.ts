// Writes a GeoJSON geometry as OGC WKT for CSV and XLSX tables. Numbers are written in full (JavaScript's shortest
// round-trip form), so a table read back gives the same coordinates.
import type { Geometry, Position } from 'geojson';

const pos = (p: Position) => `${p[0]} ${p[1]}`;
const line = (ps: Position[]) => `(${ps.map(pos).join(', ')})`;
const poly = (rings: Position[][]) => `(${rings.map(line).join(', ')})`;

export function writeWkt(geometry: Geometry | null): string {
  if (!geometry) return '';
  switch (geometry.type) {
    case 'Point': return `POINT (${pos(geometry.coordinates)})`;
    case 'LineString': return `LINESTRING ${line(geometry.coordinates)}`;
    case 'Polygon': return `POLYGON ${poly(geometry.coordinates)}`;
    case 'MultiPoint': return `MULTIPOINT ${line(geometry.coordinates)}`;
    case 'MultiLineString': return `MULTILINESTRING ${poly(geometry.coordinates)}`;
    case 'MultiPolygon': return `MULTIPOLYGON (${geometry.coordinates.map(poly).join(', ')})`;
    case 'GeometryCollection': return `GEOMETRYCOLLECTION (${geometry.geometries.map(writeWkt).join(', ')})`;
  }
}

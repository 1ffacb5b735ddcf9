// Applies a position transform to every coordinate of a GeoJSON geometry, returning a new geometry.
import type { Geometry, Position } from 'geojson';

export type TransformPosition = (x: number, y: number) => [number, number];

function mapPositions(positions: Position[], transform: TransformPosition): Position[] {
  return positions.map((p) => transform(p[0]!, p[1]!));
}

export function transformGeometry<G extends Geometry>(geometry: G, transform: TransformPosition): G {
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: transform(geometry.coordinates[0]!, geometry.coordinates[1]!) };
    case 'MultiPoint':
    case 'LineString':
      return { ...geometry, coordinates: mapPositions(geometry.coordinates, transform) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...geometry, coordinates: geometry.coordinates.map((ring) => mapPositions(ring, transform)) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => mapPositions(ring, transform))) };
    case 'GeometryCollection':
      return { ...geometry, geometries: geometry.geometries.map((g) => transformGeometry(g, transform)) };
  }
}

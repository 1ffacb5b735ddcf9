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

function overwritePositions(positions: Position[], transform: TransformPosition): void {
  const count = positions.length;
  for (let i = 0; i < count; i++) {
    const position = positions[i]!;
    // A reader may close a ring with the first position itself rather than a copy: convert it once.
    if (i === count - 1 && i > 0 && position === positions[0]) continue;
    const [x, y] = transform(position[0]!, position[1]!);
    position[0] = x;
    position[1] = y;
  }
}

/**
 * Converts every coordinate of `geometry` where it stands, for a reader's freshly made geometries that nothing else
 * holds: a county-sized import then allocates no second copy of millions of positions.
 */
export function transformGeometryInPlace(geometry: Geometry, transform: TransformPosition): void {
  switch (geometry.type) {
    case 'Point':
      overwritePositions([geometry.coordinates], transform);
      return;
    case 'MultiPoint':
    case 'LineString':
      overwritePositions(geometry.coordinates, transform);
      return;
    case 'MultiLineString':
    case 'Polygon':
      for (const ring of geometry.coordinates) overwritePositions(ring, transform);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) overwritePositions(ring, transform);
      return;
    case 'GeometryCollection':
      for (const member of geometry.geometries) transformGeometryInPlace(member, transform);
      return;
  }
}

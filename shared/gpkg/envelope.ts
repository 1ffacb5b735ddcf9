// Bounding boxes of GeoJSON geometries: written into GeoPackage geometry headers and into gpkg_contents extents.
import type { Geometry, Position } from 'geojson';

/** [minX, minY, maxX, maxY]; null for an empty geometry. */
export type Envelope = [number, number, number, number];

export function geometryEnvelope(geometry: Geometry): Envelope | null {
  const box: Envelope = [Infinity, Infinity, -Infinity, -Infinity];
  extendWithGeometry(box, geometry);
  return box[0] <= box[2] ? box : null;
}

/** Grows `box` in place to cover `geometry`. */
export function extendWithGeometry(box: Envelope, geometry: Geometry): void {
  switch (geometry.type) {
    case 'Point':
      if (geometry.coordinates.length >= 2) extendWithPosition(box, geometry.coordinates);
      return;
    case 'LineString':
    case 'MultiPoint':
      for (const p of geometry.coordinates) extendWithPosition(box, p);
      return;
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of geometry.coordinates) for (const p of ring) extendWithPosition(box, p);
      return;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) for (const p of ring) extendWithPosition(box, p);
      return;
    case 'GeometryCollection':
      for (const part of geometry.geometries) extendWithGeometry(box, part);
      return;
  }
}

function extendWithPosition(box: Envelope, p: Position): void {
  const x = p[0]!;
  const y = p[1]!;
  if (Number.isNaN(x) || Number.isNaN(y)) return;
  if (x < box[0]) box[0] = x;
  if (y < box[1]) box[1] = y;
  if (x > box[2]) box[2] = x;
  if (y > box[3]) box[3] = y;
}

/** Union of two envelopes, either of which may be null. */
export function unionEnvelopes(a: Envelope | null, b: Envelope | null): Envelope | null {
  if (!a) return b;
  if (!b) return a;
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

// Writes GeoJSON geometries as little-endian ISO WKB, 2D only: Landlink's feature tables declare z = 0 and m = 0 in
// gpkg_geometry_columns, so a Z value read from a user's file is dropped here rather than stored against the schema.
import type { Geometry, Position } from 'geojson';

const WKB_TYPE = { Point: 1, LineString: 2, Polygon: 3, MultiPoint: 4, MultiLineString: 5, MultiPolygon: 6, GeometryCollection: 7 } as const;

/** Number of bytes the WKB of `geometry` takes, so the whole blob can be allocated once. */
export function wkbByteLength(geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return 5 + 16;
    case 'LineString':
      return 9 + 16 * geometry.coordinates.length;
    case 'Polygon':
      return polygonLength(geometry.coordinates);
    case 'MultiPoint':
      return 9 + 21 * geometry.coordinates.length;
    case 'MultiLineString':
      return 9 + geometry.coordinates.reduce((sum, line) => sum + 9 + 16 * line.length, 0);
    case 'MultiPolygon':
      return 9 + geometry.coordinates.reduce((sum, polygon) => sum + polygonLength(polygon), 0);
    case 'GeometryCollection':
      return 9 + geometry.geometries.reduce((sum, part) => sum + wkbByteLength(part), 0);
  }
}

function polygonLength(rings: Position[][]): number {
  return 9 + rings.reduce((sum, ring) => sum + 4 + 16 * ring.length, 0);
}

/** Writes the WKB of `geometry` into `view` at `offset`; returns the offset after it. */
export function writeWkb(view: DataView, offset: number, geometry: Geometry): number {
  view.setUint8(offset, 1);
  view.setUint32(offset + 1, WKB_TYPE[geometry.type], true);
  offset += 5;
  switch (geometry.type) {
    case 'Point': {
      // An empty point is written as NaN coordinates, as the GeoPackage spec asks.
      const [x, y] = geometry.coordinates.length >= 2 ? geometry.coordinates : [NaN, NaN];
      view.setFloat64(offset, x ?? NaN, true);
      view.setFloat64(offset + 8, y ?? NaN, true);
      return offset + 16;
    }
    case 'LineString':
      return writePositions(view, offset, geometry.coordinates);
    case 'Polygon':
      return writeRings(view, offset, geometry.coordinates);
    case 'MultiPoint':
      view.setUint32(offset, geometry.coordinates.length, true);
      offset += 4;
      for (const position of geometry.coordinates) offset = writeWkb(view, offset, { type: 'Point', coordinates: position });
      return offset;
    case 'MultiLineString':
      view.setUint32(offset, geometry.coordinates.length, true);
      offset += 4;
      for (const line of geometry.coordinates) offset = writeWkb(view, offset, { type: 'LineString', coordinates: line });
      return offset;
    case 'MultiPolygon':
      view.setUint32(offset, geometry.coordinates.length, true);
      offset += 4;
      for (const polygon of geometry.coordinates) offset = writeWkb(view, offset, { type: 'Polygon', coordinates: polygon });
      return offset;
    case 'GeometryCollection':
      view.setUint32(offset, geometry.geometries.length, true);
      offset += 4;
      for (const part of geometry.geometries) offset = writeWkb(view, offset, part);
      return offset;
  }
}

function writeRings(view: DataView, offset: number, rings: Position[][]): number {
  view.setUint32(offset, rings.length, true);
  offset += 4;
  for (const ring of rings) offset = writePositions(view, offset, ring);
  return offset;
}

function writePositions(view: DataView, offset: number, positions: Position[]): number {
  view.setUint32(offset, positions.length, true);
  offset += 4;
  for (const position of positions) {
    view.setFloat64(offset, position[0] ?? NaN, true);
    view.setFloat64(offset + 8, position[1] ?? NaN, true);
    offset += 16;
  }
  return offset;
}

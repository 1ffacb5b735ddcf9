// Ellipsoidal area and perimeter of polygons on CGCS2000 (椭球面积): the area Landlink reports everywhere.
// Rings are bounded by geodesics, as in GeographicLib's Planimeter and the land-survey method.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { ringSignedArea } from './ring-area';
import { ringPerimeter } from './ring-perimeter';

function polygonArea(rings: readonly (readonly Position[])[]): number {
  let area = 0;
  for (let i = 0; i < rings.length; i++) {
    const ringArea = Math.abs(ringSignedArea(rings[i]!));
    // The first ring is the shell, the others are holes; orientation is ignored so that either winding works.
    area += i === 0 ? ringArea : -ringArea;
  }
  return area;
}

/** Area in m² of a Polygon or MultiPolygon in EPSG:4490 degrees, holes subtracted, independent of ring orientation. */
export function ellipsoidalArea(geometry: Polygon | MultiPolygon): number {
  if (geometry.type === 'Polygon') return polygonArea(geometry.coordinates);
  let area = 0;
  for (const polygon of geometry.coordinates) area += polygonArea(polygon);
  return area;
}

/** Geodesic perimeter in metres: the length of every ring, holes included. */
export function ellipsoidalPerimeter(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let length = 0;
  for (const polygon of polygons) for (const ring of polygon) length += ringPerimeter(ring);
  return length;
}

// The shared part of two polygons and its ellipsoidal area. Clipping is turf's job (topology only); the area is
// Landlink's own ellipsoidal one, as for every number shown to users.
import intersect from '@turf/intersect';
import type { MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalArea } from '../area/ellipsoidal-area';

export interface Intersection {
  readonly geometry: Polygon | MultiPolygon;
  readonly areaM2: number;
}

export function polygonIntersection(a: Polygon | MultiPolygon, b: Polygon | MultiPolygon): Intersection | undefined {
  let shared;
  try {
    shared = intersect({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: {}, geometry: a },
        { type: 'Feature', properties: {}, geometry: b },
      ],
    });
  } catch {
    // Clipping can fail on invalid input (self-intersections); validation reports those separately.
    return undefined;
  }
  if (!shared) return undefined;
  return { geometry: shared.geometry, areaM2: ellipsoidalArea(shared.geometry) };
}

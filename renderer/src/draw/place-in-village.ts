// The village and township a new feature lies in, from the admin areas already on the map: a new parcel or house
// gets them filled in, as staff would otherwise type them.
import type { Feature, Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

export function villageAt(position: Position, adminAreas: readonly Feature[]): { village: string; township: string | null } | null {
  for (const area of adminAreas) {
    if (area.properties?.level !== 'village' || !area.geometry) continue;
    if (area.geometry.type !== 'Polygon' && area.geometry.type !== 'MultiPolygon') continue;
    if (booleanPointInPolygon(position, area.geometry)) {
      const parentCode = area.properties.parent_code;
      const township = adminAreas.find((a) => a.properties?.level === 'township' && a.properties.code === parentCode);
      return { village: String(area.properties.name), township: township ? String(township.properties?.name) : null };
    }
  }
  return null;
}

/** A point inside the shape for the lookup: the first vertex's ring centre is enough for parcel-sized shapes. */
export function representativePoint(geometry: GeoJSON.Geometry): Position | null {
  if (geometry.type === 'Point') return geometry.coordinates;
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.type === 'MultiPolygon' ? geometry.coordinates[0]?.[0] : undefined;
  if (!ring || ring.length < 2) return null;
  const points = ring.slice(0, -1);
  return [points.reduce((s, p) => s + p[0]!, 0) / points.length, points.reduce((s, p) => s + p[1]!, 0) / points.length];
}

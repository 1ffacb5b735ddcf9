// Bounds on what a JSON input may make Landlink do: nesting deeper than any GIS file needs (a property nested
// 20,000 deep overflows the stack of every recursive walk after JSON.parse) is refused before parsing, and a
// geometry's coordinates must be arrays of finite numbers nested as its type says (`coordinates: null`, strings or
// NaN would otherwise fail deep inside area or reprojection code as "Landlink's fault").
import type { Geometry } from 'geojson';

/** GeoJSON needs 6 levels for a MultiPolygon inside a FeatureCollection; properties rarely more than a few. */
export const MAX_JSON_DEPTH = 64;

/** The depth of the deepest array/object, counted without parsing (strings skipped), stopping at the limit. */
export function exceedsJsonDepth(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++; // backslash: skip the escaped character
      else if (ch === 0x22) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x7b || ch === 0x5b) {
      if (++depth > limit) return true;
    } else if (ch === 0x7d || ch === 0x5d) depth--;
  }
  return false;
}

const POSITION_DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** Why a geometry's coordinates cannot be used, or null when they are well formed. */
export function geometryShapeProblem(geometry: Geometry, nesting = 0): string | null {
  if (geometry.type === 'GeometryCollection') {
    if (!Array.isArray(geometry.geometries)) return 'a GeometryCollection without a geometries list';
    if (nesting > 4) return 'GeometryCollections nested too deep';
    for (const part of geometry.geometries) {
      const problem = part && typeof part === 'object' ? geometryShapeProblem(part, nesting + 1) : 'a part that is not a geometry';
      if (problem) return problem;
    }
    return null;
  }
  const depth = POSITION_DEPTH[geometry.type];
  if (depth === undefined) return `an unknown geometry type`;
  return positionsProblem((geometry as { coordinates?: unknown }).coordinates, depth);
}

function positionsProblem(value: unknown, depth: number): string | null {
  if (!Array.isArray(value)) return value === null || value === undefined ? 'no coordinates (null)' : 'coordinates that are not a list';
  if (depth === 0) {
    if (value.length < 2 || value.length > 4) return `a position with ${value.length} numbers (2 expected: x, y)`;
    for (const n of value) if (typeof n !== 'number' || !Number.isFinite(n)) return `a coordinate that is not a finite number (${String(n).slice(0, 20)})`;
    return null;
  }
  for (const item of value) {
    const problem = positionsProblem(item, depth - 1);
    if (problem) return problem;
  }
  return null;
}

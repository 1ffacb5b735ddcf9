// Fits a GeoJSON geometry to a table's declared geometry type (a Polygon goes into a MULTIPOLYGON column as a
// one-part MultiPolygon, a one-point MultiPoint into a POINT column) and checks that it is EPSG:4490 lon/lat:
// projected coordinates (metres) stored as degrees would put a parcel on the other side of the planet.
import type { Geometry, LineString, MultiPolygon, Point, Position } from 'geojson';
import type { GeometryType } from '../domain/schema-types';

export type FitResult = { ok: true; geometry: Geometry } | { ok: false; message: string; messageZh: string };

export function fitGeometryToTable(geometry: Geometry, type: GeometryType): FitResult {
  const fitted = fitType(geometry, type);
  if (!fitted) {
    return fail(`a ${geometry.type} cannot be stored in a ${type} layer`, `${geometry.type} 类型的几何不能存入 ${type} 图层`);
  }
  const problem = checkCoordinates(fitted);
  return problem ?? { ok: true, geometry: fitted };
}

function fitType(geometry: Geometry, type: GeometryType): Geometry | null {
  switch (type) {
    case 'POINT':
      if (geometry.type === 'Point') return geometry;
      if (geometry.type === 'MultiPoint' && geometry.coordinates.length === 1) return { type: 'Point', coordinates: geometry.coordinates[0]! } satisfies Point;
      return null;
    case 'LINESTRING':
      if (geometry.type === 'LineString') return geometry;
      if (geometry.type === 'MultiLineString' && geometry.coordinates.length === 1) return { type: 'LineString', coordinates: geometry.coordinates[0]! } satisfies LineString;
      return null;
    case 'MULTIPOLYGON':
      if (geometry.type === 'MultiPolygon') return geometry.coordinates.every(ringsClosed) ? geometry : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(closeRings) };
      if (geometry.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [closeRings(geometry.coordinates)] } satisfies MultiPolygon;
      return null;
  }
}

function ringsClosed(rings: Position[][]): boolean {
  return rings.every((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    return !first || !last || (first[0] === last[0] && first[1] === last[1]);
  });
}

/** Closes rings whose last position does not repeat the first: a safe repair every GIS makes. */
function closeRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => {
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return ring;
    return [...ring, first];
  });
}

function checkCoordinates(geometry: Geometry): FitResult | null {
  const problem = coordinatesProblem(geometry);
  if (problem) return problem;
  if (geometry.type === 'MultiPolygon') {
    for (const polygon of geometry.coordinates) {
      for (const ring of polygon) {
        if (ring.length < 4) return fail(`a polygon ring has ${ring.length} positions; at least 4 (3 corners and the closing one) are needed`, `多边形环只有 ${ring.length} 个点，至少需要 4 个（3 个顶点加闭合点）`);
      }
    }
  }
  return null;
}

/** The first position that is not a finite EPSG:4490 longitude/latitude, as a refusal; positions are walked, not copied. */
function coordinatesProblem(geometry: Geometry): FitResult | null {
  switch (geometry.type) {
    case 'Point':
      return geometry.coordinates.length > 0 ? positionsProblem([geometry.coordinates]) : null;
    case 'LineString':
    case 'MultiPoint':
      return positionsProblem(geometry.coordinates);
    case 'Polygon':
    case 'MultiLineString':
      for (const ring of geometry.coordinates) {
        const problem = positionsProblem(ring);
        if (problem) return problem;
      }
      return null;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) {
        for (const ring of polygon) {
          const problem = positionsProblem(ring);
          if (problem) return problem;
        }
      }
      return null;
    case 'GeometryCollection':
      for (const part of geometry.geometries) {
        const problem = coordinatesProblem(part);
        if (problem) return problem;
      }
      return null;
  }
}

function positionsProblem(positions: readonly Position[]): FitResult | null {
  for (const [x, y] of positions) {
    if (x === undefined || y === undefined || !Number.isFinite(x) || !Number.isFinite(y)) {
      return fail('a coordinate is missing or not a number', '存在缺失或非数字的坐标');
    }
    if (x < -180 || x > 180 || y < -90 || y > 90) {
      return fail(
        `coordinate (${x}, ${y}) is not longitude/latitude in EPSG:4490; it looks projected: give its coordinate system (e.g. --crs EPSG:4527)`,
        `坐标 (${x}, ${y}) 不是 EPSG:4490 经纬度，疑似投影坐标：请指定坐标系（如 --crs EPSG:4527）`,
      );
    }
  }
  return null;
}

function fail(message: string, messageZh: string): FitResult {
  return { ok: false, message, messageZh };
}

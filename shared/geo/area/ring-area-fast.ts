// Exact-to-1e-9 ellipsoidal area of a parcel-sized ring with geodesic edges, at the cost of a planar shoelace.
//
// Why not call GeographicLib for every edge: solving the inverse geodesic problem per edge costs microseconds, and the
// app computes the areas of 100,000 parcels. Why not the spherical formula turf uses: it is 0.06–0.11 % off in north
// China. The method here is exact in its leading terms and its remainder is of fifth order in the edge length:
//
//   1. Map (λ, φ) to (x, y) = (λ, A(φ)) with A the ellipsoid's area from the equator (area-series-coefficients.ts). This
//      map is equal-area, so a ring whose edges are straight in (x, y) has exactly the shoelace area.
//   2. A geodesic is not straight in (x, y). Along a geodesic y'' = −sin φ (3 M² p² + N² cos²φ) with p = dφ/dλ (from
//      the geodesic's Euler–Lagrange equation); the area between the geodesic and the chord is −Δx³·y''(mid)/12 up to
//      terms of fifth order (the third-order term vanishes by symmetry). Hence per edge
//      (P·Δλ·Δφ² + Q·Δλ³)/12 with P = 3 M² sin φ, Q = N² cos²φ sin φ at the edge's middle.
//
// Rings larger than FAST_RING_LIMITS are left to GeographicLib (the caller checks for NaN). The test suite holds the
// result to GeographicLib's Planimeter with a maximum relative error of 1e-9.
import type { Position } from 'geojson';
import { areaSeriesCoefficients, type AreaSeriesCoefficients } from './area-series-coefficients';

const RAD = Math.PI / 180;

/**
 * Beyond these sizes the fifth-order remainder (or the truncated latitude series) could reach 1e-10 of the area, and
 * GeographicLib is used instead: an edge may span 0.1° (|Δλ| + |Δφ|), a ring may travel 0.5° in all.
 */
export const FAST_RING_LIMITS = { maxEdgeDeg: 0.1, maxTravelDeg: 0.5, maxAbsLatitudeDeg: 85 } as const;

// Reference latitudes are snapped to a 0.01° grid so that parcels of one county share a handful of coefficient sets;
// the last set used is kept apart from the map because neighbouring parcels almost always share it.
const GRID_PER_DEGREE = 100;
const coefficientCache = new Map<number, AreaSeriesCoefficients>();
let lastKey = Number.NaN;
let lastCoefficients: AreaSeriesCoefficients | undefined;

function coefficientsFor(key: number): AreaSeriesCoefficients {
  if (key === lastKey) return lastCoefficients!;
  let coefficients = coefficientCache.get(key);
  if (coefficients === undefined) {
    coefficients = areaSeriesCoefficients((key / GRID_PER_DEGREE) * RAD);
    coefficientCache.set(key, coefficients);
  }
  lastKey = key;
  lastCoefficients = coefficients;
  return coefficients;
}

const MAX_EDGE = FAST_RING_LIMITS.maxEdgeDeg * RAD;
const MAX_TRAVEL = FAST_RING_LIMITS.maxTravelDeg * RAD;

/** Grown on demand and reused: copying a ring's coordinates into it costs less than allocating per ring. */
let scratch = new Float64Array(512);

/** Room for `vertices` [longitude, latitude] pairs in the shared scratch buffer (for callers that fill it themselves). */
export function ringScratch(vertices: number): Float64Array {
  if (scratch.length < 2 * vertices) scratch = new Float64Array(Math.max(2 * vertices, 2 * scratch.length));
  return scratch;
}

/**
 * Signed area in m² of a ring of [longitude, latitude] degrees with geodesic edges on CGCS2000: positive when the ring
 * runs counter-clockwise (east to the right, north up). The ring may be closed (last = first) or not.
 * Returns NaN when the ring is outside FAST_RING_LIMITS.
 */
export function fastRingSignedArea(ring: readonly Position[]): number {
  const xy = ringScratch(ring.length);
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    xy[2 * i] = p[0]!;
    xy[2 * i + 1] = p[1]!;
  }
  return fastFlatRingSignedArea(xy, ring.length);
}

/**
 * fastRingSignedArea of a ring given as `count` [longitude, latitude] pairs in `xy` (interleaved, from index 0): the
 * form a GeoPackage's WKB is read into without building a GeoJSON array per vertex.
 */
export function fastFlatRingSignedArea(xy: Float64Array, vertices: number): number {
  let count = vertices;
  if (count < 3) return 0;
  const lon0 = xy[0]!;
  const lat0 = xy[1]!;
  if (lon0 === xy[2 * count - 2] && lat0 === xy[2 * count - 1]) count--;
  if (count < 3) return 0;

  if (!(Math.abs(lat0) <= FAST_RING_LIMITS.maxAbsLatitudeDeg)) return Number.NaN;
  const key = Math.round(lat0 * GRID_PER_DEGREE);
  const refDeg = key / GRID_PER_DEGREE;
  const coefficients = coefficientsFor(key);
  // Within MAX_TRAVEL of the reference, terms beyond u⁵ are below 1e-12 of the area.
  const c = coefficients.area;
  const c1 = c[1]!, c2 = c[2]!, c3 = c[3]!, c4 = c[4]!, c5 = c[5]!;
  const p0 = coefficients.p0, p1 = coefficients.p1, q0 = coefficients.q0, q1 = coefficients.q1;

  // Start from the last distinct vertex so that the loop closes the ring.
  let xPrev = (xy[2 * count - 2]! - lon0) * RAD;
  let uPrev = (xy[2 * count - 1]! - refDeg) * RAD;
  let yPrev = uPrev * (c1 + uPrev * (c2 + uPrev * (c3 + uPrev * (c4 + uPrev * c5))));
  let trapezoids = 0;
  let corrections = 0;
  let travel = 0;
  const maxEdge = MAX_EDGE;

  for (let i = 0; i < count; i++) {
    const x = (xy[2 * i]! - lon0) * RAD;
    const u = (xy[2 * i + 1]! - refDeg) * RAD;
    const y = u * (c1 + u * (c2 + u * (c3 + u * (c4 + u * c5))));
    const dx = x - xPrev;
    const du = u - uPrev;
    const edge = Math.abs(dx) + Math.abs(du);
    if (edge > maxEdge) return Number.NaN;
    travel += edge;
    const uMid = 0.5 * (u + uPrev);
    trapezoids += (y + yPrev) * dx;
    corrections += dx * ((p0 + p1 * uMid) * du * du + (q0 + q1 * uMid) * dx * dx);
    xPrev = x;
    uPrev = u;
    yPrev = y;
  }
  // travel bounds every vertex's distance from the first one; NaN coordinates fail this test too.
  if (!(travel <= MAX_TRAVEL)) return Number.NaN;
  // Counter-clockwise area = −∮ y dx, with ∮ y dx = Σ trapezoids/2 + Σ corrections/12.
  return -(0.5 * trapezoids + corrections / 12);
}

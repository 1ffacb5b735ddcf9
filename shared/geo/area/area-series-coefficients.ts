// Per-latitude coefficients for the fast ellipsoidal ring area (see ring-area-fast.ts for the method).
//
// A(φ) = ∫₀^φ M(φ')·N(φ')·cos φ' dφ' is the ellipsoid's area between the equator and latitude φ per radian of longitude
// (M: meridian radius of curvature, N: prime vertical radius). Around a reference latitude φ0 it is a Taylor polynomial
// in u = φ − φ0; five terms keep its truncation far below 1e-12 of a parcel's area for parcels up to tens of kilometres.
//
// The geodesic correction of an edge needs P(φ) = 3·M²·sin φ and Q(φ) = N²·cos²φ·sin φ near the edge; they enter a term
// that is already of third order in the edge length, so a linear expansion around φ0 is ample.
import { CGCS2000_A, CGCS2000_E2 } from '../ellipsoid/cgcs2000';

/** Degree of the Taylor polynomial of A(φ − φ0). */
export const AREA_SERIES_DEGREE = 6;

export interface AreaSeriesCoefficients {
  /** c[k] multiplies u^k in A(φ0 + u) − A(φ0); c[0] is 0. */
  readonly area: Float64Array;
  /** P(φ0 + u) ≈ p0 + p1·u with P = 3 M² sin φ. */
  readonly p0: number;
  readonly p1: number;
  /** Q(φ0 + u) ≈ q0 + q1·u with Q = N² cos²φ sin φ. */
  readonly q0: number;
  readonly q1: number;
}

type Series = Float64Array;

function multiply(a: Series, b: Series): Series {
  const n = a.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const ai = a[i]!;
    if (ai === 0) continue;
    for (let j = 0; i + j < n; j++) out[i + j]! += ai * b[j]!;
  }
  return out;
}

/** 1 / a as a truncated power series (a[0] must not be 0). */
function reciprocal(a: Series): Series {
  const n = a.length;
  const out = new Float64Array(n);
  out[0] = 1 / a[0]!;
  for (let k = 1; k < n; k++) {
    let sum = 0;
    for (let j = 1; j <= k; j++) sum += a[j]! * out[k - j]!;
    out[k] = -sum / a[0]!;
  }
  return out;
}

function meridianRadius(phi: number): number {
  const w2 = 1 - CGCS2000_E2 * Math.sin(phi) ** 2;
  return (CGCS2000_A * (1 - CGCS2000_E2)) / (w2 * Math.sqrt(w2));
}

function primeVerticalRadius(phi: number): number {
  return CGCS2000_A / Math.sqrt(1 - CGCS2000_E2 * Math.sin(phi) ** 2);
}

function correctionP(phi: number): number {
  return 3 * meridianRadius(phi) ** 2 * Math.sin(phi);
}

function correctionQ(phi: number): number {
  const r = primeVerticalRadius(phi) * Math.cos(phi);
  return r * r * Math.sin(phi);
}

/** Coefficients around the reference latitude phi0 (radians). */
export function areaSeriesCoefficients(phi0: number): AreaSeriesCoefficients {
  const n = AREA_SERIES_DEGREE; // A' needs terms u^0 … u^(n−1)
  const s0 = Math.sin(phi0);
  const c0 = Math.cos(phi0);
  const sinSeries = new Float64Array(n);
  const cosSeries = new Float64Array(n);
  let factorial = 1;
  for (let k = 0; k < n; k++) {
    if (k > 0) factorial *= k;
    // sin(φ0+u) = Σ sin(φ0 + kπ/2) u^k / k!, cos likewise.
    const phase = k % 4;
    const sinK = phase === 0 ? s0 : phase === 1 ? c0 : phase === 2 ? -s0 : -c0;
    const cosK = phase === 0 ? c0 : phase === 1 ? -s0 : phase === 2 ? -c0 : s0;
    sinSeries[k] = sinK / factorial;
    cosSeries[k] = cosK / factorial;
  }
  const w = multiply(sinSeries, sinSeries).map((v, k) => (k === 0 ? 1 : 0) - CGCS2000_E2 * v);
  const inverseW = reciprocal(w);
  const derivative = multiply(cosSeries, multiply(inverseW, inverseW)); // A'(φ0+u) / (a²(1−e²))
  const scale = CGCS2000_A * CGCS2000_A * (1 - CGCS2000_E2);
  const area = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) area[k + 1] = (scale * derivative[k]!) / (k + 1);

  const h = 1e-4;
  return {
    area,
    p0: correctionP(phi0),
    p1: (correctionP(phi0 + h) - correctionP(phi0 - h)) / (2 * h),
    q0: correctionQ(phi0),
    q1: (correctionQ(phi0 + h) - correctionQ(phi0 - h)) / (2 * h),
  };
}

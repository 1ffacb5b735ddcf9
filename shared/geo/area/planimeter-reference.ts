// Agreement of Landlink's ellipsoidal area with GeographicLib's Planimeter on the committed fixture set
// (tests/fixtures/planimeter/polygons.json, made by tests/tools/planimeter-fixtures.ts). Shared by the test and the
// benchmark so that both report the same figure.
//
// Planimeter's geodesic area has an absolute floor of a few 1e-5 m² per ring (it sums areas measured from the
// equator), which is coarser than 1e-9 of a parcel under a few hectares. So each size band is held to the Planimeter
// mode that is exact there: the geodesic mode from 5 ha up, the authalic-sphere mode (-Q, exact for short edges)
// below 1 ha, and in between both, with the geodesic floor allowed.
import type { MultiPolygon, Polygon } from 'geojson';
import { ellipsoidalArea } from './ellipsoidal-area';

export interface PlanimeterFixture {
  readonly id: string;
  readonly area_m2: number;
  readonly area_authalic_m2: number;
  readonly perimeter_m: number;
  readonly geometry: Polygon | MultiPolygon;
}

export interface PlanimeterAgreement {
  /** Max relative error against the geodesic Planimeter, polygons ≥ 5 ha. */
  readonly maxRelativeErrorLarge: number;
  /** Max relative error against Planimeter -Q, polygons < 1 ha. */
  readonly maxRelativeErrorSmall: number;
  /** Max relative error against the geodesic Planimeter over every polygon (includes its floor on tiny parcels). */
  readonly maxRelativeErrorAll: number;
  /** Max |error| − 1e-9·area against the geodesic Planimeter, per ring, over every polygon (m²). */
  readonly maxExcessPerRingM2: number;
  readonly count: number;
}

export const LARGE_M2 = 50_000;
export const SMALL_M2 = 10_000;

function ringCount(geometry: Polygon | MultiPolygon): number {
  return geometry.type === 'Polygon' ? geometry.coordinates.length : geometry.coordinates.reduce((n, p) => n + p.length, 0);
}

export function planimeterAgreement(fixtures: readonly PlanimeterFixture[], area: (g: Polygon | MultiPolygon) => number = ellipsoidalArea): PlanimeterAgreement {
  let large = 0, small = 0, all = 0, excess = 0;
  for (const f of fixtures) {
    const a = area(f.geometry);
    const relative = Math.abs(a - f.area_m2) / f.area_m2;
    all = Math.max(all, relative);
    excess = Math.max(excess, (Math.abs(a - f.area_m2) - 1e-9 * f.area_m2) / ringCount(f.geometry));
    if (f.area_m2 >= LARGE_M2) large = Math.max(large, relative);
    if (f.area_m2 < SMALL_M2) small = Math.max(small, Math.abs(a - f.area_authalic_m2) / f.area_authalic_m2);
  }
  return { maxRelativeErrorLarge: large, maxRelativeErrorSmall: small, maxRelativeErrorAll: all, maxExcessPerRingM2: excess, count: fixtures.length };
}

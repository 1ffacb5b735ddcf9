// Areas are summed per project as whole units of 1 mm², so that adding and removing one parcel's area by delta
// leaves exactly the sum a full recount gives: double sums drift, integer sums below 2^53 do not (2^53 mm² is about
// 9,000 km², far beyond any linkage project). Rounding each parcel to 1 mm² changes nothing anyone reads.
import { squareMetresToMu } from '../domain/units';

const UNITS_PER_SQUARE_METRE = 1_000_000;

export function areaUnits(areaM2: number): number {
  return Number.isFinite(areaM2) && areaM2 > 0 ? Math.round(areaM2 * UNITS_PER_SQUARE_METRE) : 0;
}

export function unitsToSquareMetres(units: number): number {
  return units / UNITS_PER_SQUARE_METRE;
}

export function unitsToMu(units: number): number {
  return squareMetresToMu(units / UNITS_PER_SQUARE_METRE);
}

// Plausible coordinate ranges for data in China (DOMAIN.md, "Coordinate systems": detection hints). Chinese survey
// usage lists X = northing first, so every test here is made for both axis orders by the caller.
import type { CrsInfo } from '../crs-info';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Gauss-Krüger northings from Hainan (18°N) to Mohe (53.5°N), with margin. */
export const NORTHING: Range = { min: 1.9e6, max: 6.0e6 };
/** Eastings within a zone without prefix: 500 km ± the widest half-zone (6° zones at 18°N), with margin. */
export const UNPREFIXED_EASTING: Range = { min: 100_000, max: 900_000 };
/** Longitude and latitude of China, with margin, used to tell swapped degrees apart. */
export const CHINA_LONGITUDE: Range = { min: 70, max: 140 };
export const CHINA_LATITUDE: Range = { min: 0, max: 56 };
/** Web Mercator over China (73°E–135°E, 18°N–54°N). */
export const WEB_MERCATOR_CHINA_X: Range = { min: 8.0e6, max: 15.1e6 };
export const WEB_MERCATOR_CHINA_Y: Range = { min: 1.9e6, max: 7.2e6 };

export function within(range: Range, min: number, max: number): boolean {
  return min >= range.min && max <= range.max;
}

/** The zone prefix shared by both eastings, or undefined when they carry none or different ones. */
export function zonePrefix(minEasting: number, maxEasting: number): number | undefined {
  const zone = Math.floor(minEasting / 1_000_000);
  if (zone !== Math.floor(maxEasting / 1_000_000) || zone < 13 || zone > 45) return undefined;
  const low = minEasting - zone * 1_000_000;
  const high = maxEasting - zone * 1_000_000;
  return within(UNPREFIXED_EASTING, low, high) ? zone : undefined;
}

/** Whether easting/northing bounds fit the system (degrees for geographic systems). */
export function fitsCrs(crs: CrsInfo, minE: number, maxE: number, minN: number, maxN: number): boolean {
  if (crs.kind === 'geographic') return minE >= -180 && maxE <= 180 && minN >= -90 && maxN <= 90;
  const gk = crs.gaussKruger;
  if (!gk) return Math.abs(minE) <= 20_037_509 && Math.abs(maxE) <= 20_037_509 && Math.abs(minN) <= 20_037_509 && Math.abs(maxN) <= 20_037_509;
  const offset = gk.falseEasting - 500_000;
  return within(UNPREFIXED_EASTING, minE - offset, maxE - offset) && within(NORTHING, minN, maxN);
}

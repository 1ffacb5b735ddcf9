// A horizontal accuracy estimate (about 1 σ, metres) from HDOP and the kind of fix: HDOP × the user equivalent range
// error typical of that kind of fix. Receivers that send GST give a measured figure; most consumer ones do not, and
// an officer needs a number to decide whether a point is good enough (a house: ~5 m; a parcel boundary: RTK).
import type { FixQuality } from './fix-quality';

/** Typical UERE (m) per fix kind; null where a position carries no accuracy meaning. */
const UERE_M: Readonly<Record<FixQuality, number | null>> = {
  none: null,
  gps: 4,
  dgps: 1.5,
  pps: 3,
  rtk: 0.02,
  'float-rtk': 0.3,
  estimated: 20,
  manual: null,
  simulation: 4,
};

/** HDOP assumed when the receiver gives none (GGA without HDOP): a middling sky. */
const DEFAULT_HDOP = 1.5;

export function estimateAccuracyM(hdop: number | null, quality: FixQuality): number | null {
  const uere = UERE_M[quality];
  if (uere === null) return null;
  const dilution = hdop !== null && Number.isFinite(hdop) && hdop > 0 ? hdop : DEFAULT_HDOP;
  return Math.round(dilution * uere * 100) / 100;
}

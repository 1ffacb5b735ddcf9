// Money is counted in whole fen (分, 0.01 yuan) so that schedules add up exactly: a sum of fen is an integer and
// never drifts, where a sum of yuan doubles would. Conversion to yuan happens only at the edge (JSON, tables).

/** Rounds half away from zero, as banks and spreadsheets' ROUND do; the small nudge absorbs binary noise such as 0.125 stored as 0.12499999. */
export function roundHalfAwayFromZero(value: number): number {
  const magnitude = Math.floor(Math.abs(value) + 0.5 + 1e-9);
  return value < 0 ? -magnitude : magnitude;
}

/** Yuan (a double, possibly with more than two decimals) to whole fen. */
export function yuanToFen(yuan: number): number {
  return roundHalfAwayFromZero(yuan * 100);
}

/** Whole fen to yuan with two decimals (exactly representable enough for JSON and display). */
export function fenToYuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** 1,234,567.89 style, two decimals, for plain-text tables. */
export function formatYuan(fen: number): string {
  const negative = fen < 0;
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

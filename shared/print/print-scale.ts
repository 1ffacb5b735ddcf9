// Map scales as a printed map states them: 1:N rounded to a scale people use (1:10,000, not 1:9,873), and a scale
// bar of a round length (1, 2 or 5 × 10^k metres) that fits the space given to it.

/**
 * Scales a county office prints at; between and beyond them the series 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5 × 10^k, so a
 * fitted map never wastes more than a third of its frame.
 */
export const COMMON_SCALES: readonly number[] = [500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];
const SERIES = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7.5];

/** Every common scale from the list and the series, ascending, up to 1:100,000,000. */
function allScales(): number[] {
  const scales = new Set(COMMON_SCALES);
  for (let power = 2; power <= 8; power++) for (const step of SERIES) scales.add(step * 10 ** power);
  return [...scales].filter((s) => s >= 100).sort((a, b) => a - b);
}
const SCALES = allScales();

/**
 * The smallest common scale whose denominator is at least `denominator`: rounding that way keeps everything that
 * fitted at the exact scale inside the frame.
 */
export function roundScaleUp(denominator: number): number {
  if (!Number.isFinite(denominator) || denominator <= 0) throw new RangeError(`a scale denominator must be a positive number, not ${denominator}`);
  return SCALES.find((s) => s >= denominator * (1 - 1e-9)) ?? SCALES[SCALES.length - 1]!;
}

/** The common scale nearest to `denominator` (in ratio terms), for a scale the user typed or the view shows. */
export function roundScaleNearest(denominator: number): number {
  if (!Number.isFinite(denominator) || denominator <= 0) throw new RangeError(`a scale denominator must be a positive number, not ${denominator}`);
  let best = SCALES[0]!;
  for (const s of SCALES) if (Math.abs(Math.log(s / denominator)) < Math.abs(Math.log(best / denominator))) best = s;
  return best;
}

/** `1:10,000`: grouped with commas, as Chinese maps print it (1:10 000 is also common; commas read better here). */
export function formatScale(denominator: number): string {
  return `1:${Math.round(denominator).toLocaleString('en-US')}`;
}

/** Parses `1:10000`, `1:10,000`, `10000` or `1/10000`; null when it is not a positive scale. */
export function parseScale(text: string): number | null {
  const cleaned = text.replace(/[\s,，]/g, '').replace(/^1[:：/]/, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return value >= 1 ? value : null;
}

export interface ScaleBar {
  /** Ground length of the whole bar in metres (a round number). */
  readonly metres: number;
  /** Length of the bar on paper in mm. */
  readonly lengthMm: number;
  /** How many equal segments to draw (alternating black and white). */
  readonly segments: number;
  /** `500 m`, `2 km`. */
  readonly label: string;
}

/** The longest round-length bar not longer than `maxLengthMm` on paper at 1:`denominator`. */
export function scaleBar(denominator: number, maxLengthMm: number): ScaleBar {
  const metresPerMm = denominator / 1000;
  const maxMetres = maxLengthMm * metresPerMm;
  const power = 10 ** Math.floor(Math.log10(maxMetres));
  const step = [5, 2, 1].find((m) => m * power <= maxMetres) ?? 1;
  const metres = step * power;
  const segments = step === 2 ? 4 : step === 5 ? 5 : 4;
  const label = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
  return { metres, lengthMm: metres / metresPerMm, segments, label };
}

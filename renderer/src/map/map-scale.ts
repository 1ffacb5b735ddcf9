// Map scale for the status bar: metres per CSS pixel at the map centre, as a 1:N denominator at 96 DPI.
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;
const METRES_PER_CSS_PIXEL_AT_96_DPI = 0.0254 / 96;

export function scaleDenominator(zoom: number, latitude: number): number {
  const metresPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((latitude * Math.PI) / 180)) / 2 ** (zoom + 9);
  return metresPerPixel / METRES_PER_CSS_PIXEL_AT_96_DPI;
}

/** Rounds a scale denominator the way a map shows it: 1:25,000 rather than 1:24,871. */
export function roundScale(denominator: number): number {
  if (denominator < 1000) return Math.round(denominator / 10) * 10;
  const magnitude = 10 ** Math.floor(Math.log10(denominator) - 1);
  return Math.round(denominator / magnitude) * magnitude;
}

// Area units used in Chinese land administration and how Landlink shows them (DOMAIN.md, "Units").
// 1 mu (亩) = 10000/15 m², so m² × 0.0015 = mu; 1 ha = 15 mu. Stored values stay in m² (double); only display rounds.

export const MU_PER_SQUARE_METRE = 0.0015;
export const SQUARE_METRES_PER_HECTARE = 10_000;

export function squareMetresToMu(squareMetres: number): number {
  return squareMetres * MU_PER_SQUARE_METRE;
}

export function muToSquareMetres(mu: number): number {
  return mu / MU_PER_SQUARE_METRE;
}

export function squareMetresToHectares(squareMetres: number): number {
  return squareMetres / SQUARE_METRES_PER_HECTARE;
}

function fixed(value: number, digits: number): string {
  // Avoid "-0.00" for tiny negative rounding noise.
  const text = value.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** mu with 2 decimals, e.g. "4.50". */
export function formatMu(mu: number): string {
  return fixed(mu, 2);
}

/** Hectares with 4 decimals, e.g. "0.3000". */
export function formatHectares(hectares: number): string {
  return fixed(hectares, 4);
}

/** Square metres with 2 decimals, e.g. "3000.00". */
export function formatSquareMetres(squareMetres: number): string {
  return fixed(squareMetres, 2);
}

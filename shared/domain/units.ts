// Area units of Chinese land administration (DOMAIN.md, "Units"): 1 mu = 10000/15 m², 1 ha = 15 mu.
export const SQUARE_METRES_PER_MU = 10000 / 15;
export const SQUARE_METRES_PER_HECTARE = 10000;

export function squareMetresToMu(m2: number): number {
  return (m2 * 15) / 10000;
}

export function muToSquareMetres(mu: number): number {
  return (mu * 10000) / 15;
}

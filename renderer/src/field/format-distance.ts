/** Distances as the field panel shows them: `8.4 m`, `240 m`, `1.35 km`. */
export function formatDistance(metres: number): string {
  if (metres < 10) return `${metres.toFixed(1)} m`;
  if (metres < 1000) return `${Math.round(metres)} m`;
  return `${(metres / 1000).toFixed(2)} km`;
}

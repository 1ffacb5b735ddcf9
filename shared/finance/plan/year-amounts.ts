// Amounts in whole fen per calendar year.
export type YearAmounts = Map<number, number>;

export function addToYear(amounts: YearAmounts, year: number, fen: number): void {
  if (fen !== 0) amounts.set(year, (amounts.get(year) ?? 0) + fen);
}

// Which sales a smaller surplus would no longer cover. Sales are covered in contract order (earliest first, then by
// code), so the ones named are the latest: those are the contracts that were signed against quota now missing.
import type { QuotaSaleRow } from '../ledger-rows';
import { MU_TOLERANCE } from './sale-within-available';

export function salesBeyondSurplus(sales: readonly QuotaSaleRow[], surplusMu: number): QuotaSaleRow[] {
  const ordered = [...sales].sort((a, b) => (a.contract_date ?? '9999').localeCompare(b.contract_date ?? '9999') || a.code.localeCompare(b.code));
  const broken: QuotaSaleRow[] = [];
  let covered = 0;
  for (const sale of ordered) {
    covered += sale.mu;
    if (covered > surplusMu + MU_TOLERANCE) broken.push(sale);
  }
  return broken;
}

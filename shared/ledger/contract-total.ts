// What a quota sale is worth: mu × unit price, in whole fen. A sale with no price yet is worth nothing so far.
import { yuanToFen } from '../finance/money';
import type { QuotaSaleRow } from './ledger-rows';

export function contractTotalFen(sale: Pick<QuotaSaleRow, 'mu' | 'unit_price_yuan'>): number {
  return yuanToFen(sale.mu * (sale.unit_price_yuan ?? 0));
}

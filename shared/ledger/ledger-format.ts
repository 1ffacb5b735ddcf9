// Number formats used inside rule messages: mu with 2 decimals, yuan with thousands separators and 2 decimals.
import { formatYuan } from '../finance/money';

export function mu(value: number): string {
  const text = value.toFixed(2);
  return /^-0\.00$/.test(text) ? '0.00' : text;
}

export function yuan(fen: number): string {
  return formatYuan(fen);
}

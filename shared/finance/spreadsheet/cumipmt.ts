// CUMIPMT(rate, nper, pv, start, end, type): the interest paid from period `start` to `end` inclusive, Excel/LibreOffice
// signs (negative for a loan received). Like the spreadsheets it refuses rate ≤ 0, pv ≤ 0 and periods out of order.
import { ipmt } from './ipmt';
import type { PaymentTiming } from './payment-timing';

export function cumipmt(rate: number, nper: number, pv: number, start: number, end: number, type: PaymentTiming): number {
  if (!(rate > 0) || !(nper > 0) || !(pv > 0)) throw new RangeError('CUMIPMT needs a positive rate, number of periods and present value');
  if (!(start >= 1 && end >= start && end <= nper)) throw new RangeError(`CUMIPMT needs 1 ≤ start ≤ end ≤ ${nper}, not ${start}…${end}`);
  let total = 0;
  for (let per = Math.ceil(start); per <= Math.floor(end); per++) total += ipmt(rate, per, nper, pv, 0, type);
  return total;
}

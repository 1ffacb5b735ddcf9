// IPMT(rate, per, nper, pv, fv, type): the interest part of payment `per` (1-based) of an annuity, Excel/LibreOffice
// signs: IPMT(0.1/12, 1, 36, 8000) = −66.67. It is the rate times the balance owed after per − 1 payments.
import { fv } from './fv';
import type { PaymentTiming } from './payment-timing';
import { pmt } from './pmt';

export function ipmt(rate: number, per: number, nper: number, pv: number, futureValue = 0, type: PaymentTiming = 0): number {
  if (!(per >= 1 && per <= nper)) throw new RangeError(`IPMT needs a period between 1 and ${nper}, not ${per}`);
  const payment = pmt(rate, nper, pv, futureValue, type);
  // With payments in advance the first one falls before any interest has accrued.
  if (type === 1 && per === 1) return 0;
  const interest = fv(rate, per - 1, payment, pv, type) * rate;
  return type === 1 ? interest / (1 + rate) : interest;
}

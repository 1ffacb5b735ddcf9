// PPMT(rate, per, nper, pv, fv, type): the principal part of payment `per`, = PMT − IPMT, Excel/LibreOffice signs:
// PPMT(0.1/12, 1, 24, 2000) = −75.62.
import { ipmt } from './ipmt';
import type { PaymentTiming } from './payment-timing';
import { pmt } from './pmt';

export function ppmt(rate: number, per: number, nper: number, pv: number, futureValue = 0, type: PaymentTiming = 0): number {
  return pmt(rate, nper, pv, futureValue, type) - ipmt(rate, per, nper, pv, futureValue, type);
}

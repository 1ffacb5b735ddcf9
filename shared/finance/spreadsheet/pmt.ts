// PMT(rate, nper, pv, fv, type): the level payment per period of an annuity (等额本息), Excel/LibreOffice signs:
// PMT(0.08/12, 10, 10000) = −1,037.03 (a loan received is positive, the payment negative).
import type { PaymentTiming } from './payment-timing';

export function pmt(rate: number, nper: number, pv: number, futureValue = 0, type: PaymentTiming = 0): number {
  if (!(nper > 0)) throw new RangeError(`PMT needs a positive number of periods, not ${nper}`);
  if (rate === 0) return -(pv + futureValue) / nper;
  const growth = Math.pow(1 + rate, nper);
  return -(rate * (pv * growth + futureValue)) / ((1 + rate * type) * (growth - 1));
}

// FV(rate, nper, pmt, pv, type) with the sign convention of Excel and LibreOffice Calc: money received is
// positive, money paid out negative, so FV of a loan received (pv > 0) with payments (pmt < 0) tends to 0.
import type { PaymentTiming } from './payment-timing';

export function fv(rate: number, nper: number, pmt: number, pv: number, type: PaymentTiming = 0): number {
  if (rate === 0) return -(pv + pmt * nper);
  const growth = Math.pow(1 + rate, nper);
  return -(pv * growth + (pmt * (1 + rate * type) * (growth - 1)) / rate);
}

// Spreadsheet finance functions with Excel/LibreOffice Calc arguments and signs, so figures can be checked in Calc.
export { pmt } from './pmt';
export { ipmt } from './ipmt';
export { ppmt } from './ppmt';
export { cumipmt } from './cumipmt';
export { fv } from './fv';
export type { PaymentTiming } from './payment-timing';

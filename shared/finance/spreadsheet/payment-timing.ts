// The spreadsheet functions' `type` argument: 0 = payments at the end of each period (loans), 1 = at the beginning.
export type PaymentTiming = 0 | 1;

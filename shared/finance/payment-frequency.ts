// How often a loan is serviced. Stored codes are those of the project file's `payment_frequency` list.
export type PaymentFrequency = 'annual' | 'semiannual' | 'quarterly' | 'monthly';

export const PAYMENT_FREQUENCIES: readonly PaymentFrequency[] = ['annual', 'semiannual', 'quarterly', 'monthly'];

const PERIODS_PER_YEAR: Record<PaymentFrequency, number> = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 };

export function periodsPerYear(frequency: PaymentFrequency): number {
  return PERIODS_PER_YEAR[frequency];
}

export function monthsPerPeriod(frequency: PaymentFrequency): number {
  return 12 / PERIODS_PER_YEAR[frequency];
}

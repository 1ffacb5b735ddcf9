// Turnover quota (周转指标): construction land a county may use before its reclamation is accepted, borrowed in
// advance and returned (by accepted reclamation) within 3 years (DOMAIN.md).
import { addMonths } from '../finance/add-months';
import type { TurnoverQuotaRow } from './ledger-rows';

export const TURNOVER_RETURN_YEARS = 3;

export type TurnoverState = 'returned' | 'outstanding' | 'due_soon' | 'overdue';

export interface TurnoverStatus extends TurnoverQuotaRow {
  /** borrowed_date + 3 years (clamped to month end). */
  readonly return_by: string;
  readonly state: TurnoverState;
}

/** Months before the return date from which an outstanding loan of quota is reported as due soon. */
export const TURNOVER_DUE_SOON_MONTHS = 6;

export function turnoverStatus(row: TurnoverQuotaRow, asOfDate: string): TurnoverStatus {
  const return_by = addMonths(row.borrowed_date, 12 * TURNOVER_RETURN_YEARS);
  let state: TurnoverState;
  if (row.returned_date) state = 'returned';
  else if (asOfDate > return_by) state = 'overdue';
  else if (addMonths(asOfDate, TURNOVER_DUE_SOON_MONTHS) >= return_by) state = 'due_soon';
  else state = 'outstanding';
  return { ...row, return_by, state };
}

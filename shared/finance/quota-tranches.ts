// The payment schedule a quota sale contract sets (DOMAIN.md: "often 2–3 annual tranches, or an advance plus
// settlement after acceptance: keep it configurable"). Amounts are whole fen and add up to the contract total
// exactly: every tranche is rounded to the fen and the last one takes what rounding left, so the schedule can
// never ask for more than the contract.
import { addMonths } from './add-months';
import { parseIsoDate } from './calendar-date';
import { roundHalfAwayFromZero } from './money';

export type TranchePlan =
  /** `count` equal tranches, the first on the contract date, then one a year. */
  | { readonly kind: 'equal_annual'; readonly count: number }
  /** An advance share on the contract date, the rest `settlementAfterYears` later (after acceptance). */
  | { readonly kind: 'advance_settlement'; readonly advanceShare: number; readonly settlementAfterYears: number };

/** Three annual tranches: what most of the county's contracts say when nothing else is recorded. */
export const DEFAULT_TRANCHE_PLAN: TranchePlan = { kind: 'equal_annual', count: 3 };

export interface QuotaTranche {
  /** 1-based */
  readonly index: number;
  readonly kind: 'tranche' | 'advance' | 'settlement';
  readonly dueDate: string;
  readonly amountFen: number;
}

export function tranchePlanProblems(plan: TranchePlan): string[] {
  if (plan.kind === 'equal_annual') {
    return Number.isInteger(plan.count) && plan.count >= 1 && plan.count <= 20 ? [] : [`the number of annual tranches must be a whole number from 1 to 20, not ${plan.count}`];
  }
  const problems: string[] = [];
  if (!(plan.advanceShare >= 0 && plan.advanceShare <= 1)) problems.push(`the advance must be a share from 0 to 1 of the contract, not ${plan.advanceShare}`);
  if (!(Number.isInteger(plan.settlementAfterYears) && plan.settlementAfterYears >= 0 && plan.settlementAfterYears <= 20)) problems.push(`the settlement must fall a whole number of years (0 to 20) after the contract, not ${plan.settlementAfterYears}`);
  return problems;
}

export function quotaTrancheSchedule(contractTotalFen: number, contractDate: string, plan: TranchePlan): QuotaTranche[] {
  const problems = tranchePlanProblems(plan);
  if (problems.length > 0) throw new RangeError(problems[0]);
  if (!parseIsoDate(contractDate)) throw new RangeError(`the contract date must be a date in the form YYYY-MM-DD, not “${contractDate}”`);
  if (!(Number.isInteger(contractTotalFen) && contractTotalFen >= 0)) throw new RangeError(`the contract total must be a whole, non-negative number of fen, not ${contractTotalFen}`);

  if (plan.kind === 'advance_settlement') {
    const advance = Math.min(contractTotalFen, roundHalfAwayFromZero(contractTotalFen * plan.advanceShare));
    return [
      { index: 1, kind: 'advance', dueDate: contractDate, amountFen: advance },
      { index: 2, kind: 'settlement', dueDate: addMonths(contractDate, 12 * plan.settlementAfterYears), amountFen: contractTotalFen - advance },
    ];
  }
  const each = roundHalfAwayFromZero(contractTotalFen / plan.count);
  const tranches: QuotaTranche[] = [];
  let left = contractTotalFen;
  for (let k = 0; k < plan.count; k++) {
    const amountFen = k === plan.count - 1 ? left : Math.min(left, each);
    left -= amountFen;
    tranches.push({ index: k + 1, kind: 'tranche', dueDate: addMonths(contractDate, 12 * k), amountFen });
  }
  return tranches;
}

// The loan form's bank terms beyond the loans table (kept in landlink_meta "ledger.loan_terms"): the rate (fixed, or
// LPR + spread in basis points reset yearly on a day MM-DD), prepayments one a line "YYYY-MM-DD amount-in-万元", and
// the subsidy by year one a line "YYYY percent". Each field is checked on its own with a message key.
import type { LoanExtraTerms } from '../../../shared/ledger/ledger-settings';

export interface LoanExtraDraft {
  rateKind: 'fixed' | 'lpr';
  spreadBp: string;
  resetMonthDay: string;
  prepayments: string;
  subsidyByYear: string;
}

export type LoanExtraField = 'spread' | 'reset' | 'prepayments' | 'subsidyByYear';

export const NEW_LOAN_EXTRA_DRAFT: LoanExtraDraft = { rateKind: 'fixed', spreadBp: '0', resetMonthDay: '01-01', prepayments: '', subsidyByYear: '' };

export function draftOfExtra(extra: LoanExtraTerms | null | undefined): LoanExtraDraft {
  if (!extra) return NEW_LOAN_EXTRA_DRAFT;
  const lpr = extra.rate?.kind === 'lpr' ? extra.rate : null;
  return {
    rateKind: lpr ? 'lpr' : 'fixed',
    spreadBp: lpr ? String(Math.round(lpr.spread * 1_000_000) / 100) : '0',
    resetMonthDay: lpr?.resetMonthDay ?? '01-01',
    prepayments: (extra.prepayments ?? []).map((p) => `${p.date} ${Math.round(p.amountYuan / 100) / 100}`).join('\n'),
    subsidyByYear: Object.entries(extra.subsidyByYear ?? {}).map(([year, share]) => `${year} ${Math.round(share * 10_000) / 100}`).join('\n'),
  };
}

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');

/** i18n keys under ledger.loanForm.errors, per field; empty when the draft can be saved. */
export function loanExtraProblems(draft: LoanExtraDraft): Partial<Record<LoanExtraField, string>> {
  const problems: Partial<Record<LoanExtraField, string>> = {};
  if (draft.rateKind === 'lpr') {
    const bp = Number(draft.spreadBp);
    if (draft.spreadBp.trim() === '' || !(Math.abs(bp) < 2000)) problems.spread = 'spreadRange';
    if (!/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(draft.resetMonthDay.trim())) problems.reset = 'resetDay';
  }
  for (const line of lines(draft.prepayments)) {
    const m = /^(\d{4}-\d{2}-\d{2})\s+([\d.]+)$/.exec(line);
    if (!m || !(Number(m[2]) > 0)) problems.prepayments = 'prepaymentLine';
  }
  for (const line of lines(draft.subsidyByYear)) {
    const m = /^(\d{4})\s+([\d.]+)$/.exec(line);
    if (!m || !(Number(m[2]) >= 0 && Number(m[2]) <= 100)) problems.subsidyByYear = 'subsidyYearLine';
  }
  return problems;
}

/** The terms to store, or null when there are none beyond the table (call only when loanExtraProblems is empty). */
export function extraTermsOfDraft(draft: LoanExtraDraft): LoanExtraTerms | null {
  const prepayments = lines(draft.prepayments).map((line) => {
    const [date, wan] = line.split(/\s+/) as [string, string];
    return { date, amountYuan: Math.round(Number(wan) * 10_000 * 100) / 100 };
  });
  const subsidyByYear = Object.fromEntries(lines(draft.subsidyByYear).map((line) => {
    const [year, percent] = line.split(/\s+/) as [string, string];
    return [year, Math.round(Number(percent) * 1e6) / 1e8];
  }));
  const terms: LoanExtraTerms = {
    ...(draft.rateKind === 'lpr' ? { rate: { kind: 'lpr' as const, spread: Math.round(Number(draft.spreadBp) * 100) / 1_000_000, resetMonthDay: draft.resetMonthDay.trim() } } : {}),
    ...(prepayments.length > 0 ? { prepayments } : {}),
    ...(Object.keys(subsidyByYear).length > 0 ? { subsidyByYear } : {}),
  };
  return Object.keys(terms).length > 0 ? terms : null;
}

// `landlink schedule --principal P --rate R --years N [--grace-years G] [--method annuity|equal-principal]
//                   [--frequency annual|semiannual|quarterly|monthly] [--subsidy S] [--start YYYY-MM-DD] [--json]`
// A loan's repayment schedule computed to the fen: a table, or with --json {payments:[…], totals:{…}} in yuan.
import { parseIsoDate } from '../../finance/calendar-date';
import { loanSchedule, type LoanSchedule } from '../../finance/loan-schedule';
import { loanTermsProblems, type LoanTerms, type RepaymentMethod } from '../../finance/loan-terms';
import { formatYuan, yuanToFen } from '../../finance/money';
import { PAYMENT_FREQUENCIES, type PaymentFrequency } from '../../finance/payment-frequency';
import { parseShare } from '../../finance/parse-share';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';

const usage =
  'landlink schedule --principal P --rate R --years N [--grace-years G] [--method annuity|equal-principal] [--frequency annual|semiannual|quarterly|monthly] [--subsidy S] [--start YYYY-MM-DD] [--json]' +
  ' (P in yuan; R the annual rate as 4.41% or 0.0441; S the subsidised share of interest as 90% or 0.9, default 0; defaults: annuity, monthly, start today)';

const METHODS: Record<string, RepaymentMethod> = { annuity: 'annuity', 'equal-principal': 'equal_principal', equal_principal: 'equal_principal' };

const schedule: CliCommand = {
  name: 'schedule',
  summary: 'a loan repayment schedule to the fen: grace years, annuity (等额本息) or equal principal (等额本金), interest subsidy',
  usage,
  async run(argv) {
    const { values } = parseArguments(
      argv,
      {
        principal: { type: 'string' },
        rate: { type: 'string' },
        years: { type: 'string' },
        'grace-years': { type: 'string' },
        method: { type: 'string' },
        frequency: { type: 'string' },
        subsidy: { type: 'string' },
        start: { type: 'string' },
        json: { type: 'boolean' },
      },
      usage,
      { min: 0, max: 0 },
    );
    const terms = termsFrom(values);
    const problems = loanTermsProblems(terms);
    if (problems.length > 0) throw new CliError(`${problems[0]}; usage: ${usage}`);
    const result = loanSchedule(terms);
    process.stdout.write(values.json ? `${JSON.stringify(result, null, 2)}\n` : toText(terms, result));
    return 0;
  },
};

function termsFrom(values: Record<string, string | boolean | string[] | undefined>): LoanTerms {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const required = (name: string) => {
    const value = text(name);
    if (value === undefined) throw new CliError(`--${name} is missing; usage: ${usage}`);
    return value;
  };

  const principalText = required('principal').replace(/[,_]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(principalText) || !(Number(principalText) > 0)) throw new CliError(`--principal must be a positive amount of yuan with at most 2 decimals, not “${text('principal')}”`);
  const rate = parseShare(required('rate'));
  if (!rate.ok) throw new CliError(`--rate: ${rate.reason}${rate.reason.includes('ambiguous') ? '' : '; give the annual rate as 4.41% or 0.0441'}`);
  const years = wholeNumber(required('years'), '--years');
  const graceYears = text('grace-years') === undefined ? 0 : wholeNumber(text('grace-years')!, '--grace-years');
  const methodText = text('method') ?? 'annuity';
  const method = METHODS[methodText];
  if (!method) throw new CliError(`--method must be annuity or equal-principal, not “${methodText}”`);
  const frequency = (text('frequency') ?? 'monthly') as PaymentFrequency;
  if (!PAYMENT_FREQUENCIES.includes(frequency)) throw new CliError(`--frequency must be one of ${PAYMENT_FREQUENCIES.join(', ')}, not “${frequency}”`);
  const subsidy = text('subsidy') === undefined ? { ok: true as const, value: 0 } : parseShare(text('subsidy')!);
  if (!subsidy.ok) throw new CliError(`--subsidy: ${subsidy.reason}${subsidy.reason.includes('ambiguous') ? '' : '; give the subsidised share of interest as 90% or 0.9'}`);
  const start = text('start') ?? today();
  if (!parseIsoDate(start)) throw new CliError(`--start must be a date in the form YYYY-MM-DD, not “${start}”`);
  return { principalYuan: Number(principalText), annualRate: rate.value, startDate: start, termYears: years, graceYears, method, frequency, subsidyShare: subsidy.value };
}

function wholeNumber(text: string, option: string): number {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`${option} must be a whole number of years, not “${text}”`);
  return Number(text);
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function toText(terms: LoanTerms, result: LoanSchedule): string {
  const money = (yuan: number) => formatYuan(yuanToFen(yuan)).padStart(18);
  const methodLabel = terms.method === 'annuity' ? 'annuity 等额本息' : 'equal principal 等额本金';
  const lines = [
    `Loan 贷款: ${formatYuan(yuanToFen(terms.principalYuan))} yuan at ${(terms.annualRate * 100).toFixed(4).replace(/\.?0+$/, '')} % a year, ${terms.termYears} years` +
      `${terms.graceYears ? ` (${terms.graceYears} of grace, interest only 宽限期只付息)` : ''}, ${methodLabel}, ${terms.frequency}, from ${terms.startDate}` +
      `${terms.subsidyShare ? `, ${(terms.subsidyShare * 100).toFixed(2).replace(/\.?0+$/, '')} % of interest subsidised 贴息` : ''}`,
    '',
    `${'period'.padStart(6)}  ${'date'.padEnd(10)} ${['payment 还款额', 'interest 利息', 'principal 本金', 'balance 余额', 'subsidy 贴息', 'borrower 自付利息'].map((h) => padStartWide(h, 18)).join(' ')}`,
  ];
  for (const p of result.payments) {
    lines.push(`${String(p.period).padStart(6)}  ${p.date} ${money(p.payment)} ${money(p.interest)} ${money(p.principal)} ${money(p.balance)} ${money(p.subsidy)} ${money(p.borrower_interest)}`);
  }
  const t = result.totals;
  lines.push(`${'total'.padStart(6)}  ${padEndWide('合计', 10)} ${money(t.payment)} ${money(t.interest)} ${money(t.principal)} ${''.padStart(18)} ${money(t.subsidy)} ${money(t.borrower_interest)}`);
  lines.push('', 'Amounts in yuan 单位：元. Interest each period = balance × annual rate / periods per year, rounded to the fen; the last payment absorbs rounding.');
  return `${lines.join('\n')}\n`;
}

/** Pads by display width: CJK characters take two columns. */
function displayWidth(text: string): number {
  return [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
}

function padStartWide(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}

function padEndWide(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export default schedule;

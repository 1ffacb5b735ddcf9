// The repayment plan as the finance office's workbook: live formulas next to Landlink's values, so that Excel or
// LibreOffice shows the figures at once and recalculates them when an assumption cell is changed.
//   假设 Assumptions   as-of date, unsold quota, sales pace, first sale year, delay, price and its path, price change,
//                      reserve share, overdue and whether it is kept, the LPR path and a shift of it
//   贷款 <code>        one sheet per loan: the terms, then one row per period with the standard PMT logic (the level
//                      instalment recomputed on a rate reset or after a prepayment, as Landlink does), interest
//                      ROUND(balance × rate / periods, 2), subsidy, what the county pays, the year
//   年度计划 Plan      per year: debt service (SUMIF over the loan sheets), received and contracted (facts, values),
//                      overdue, unsold quota sold (MAX(0, MIN(pace, pool − pace × k))) × the year's price, income ×
//                      reserve share, net, cumulative, the forecast's own cumulative; coverage and first shortfall
//   逾期应收, 情景     the overdue instalments and the scenarios side by side (values)
import ExcelJS from 'exceljs';
import { yearOf } from '../calendar-date';
import { loanScheduleInFen, type FenScheduleRow } from '../loan-schedule';
import type { LoanTerms } from '../loan-terms';
import { addMonths } from '../add-months';
import { fenToYuan, roundHalfAwayFromZero } from '../money';
import { pmt } from '../spreadsheet/pmt';
import { periodsPerYear } from '../payment-frequency';
import { lprOfYear } from '../rate-schedule';
import { shiftedLprPath } from '../plan/debt-service-by-year';
import type { PlanScenario } from '../plan/plan-inputs';
import type { ScenarioResult } from '../plan/plan-scenarios';
import type { OverdueReceivable } from '../plan/receivables';
import type { RepaymentPlan } from '../plan/repayment-plan';
import type { AssumptionsInEffect } from '../plan/repayment-planner';
import { pathPrice } from '../plan/unsold-sales';
import { DATE, MU, RATE, YUAN, excelDate, formulaCell, sheetRef, valueCell } from './workbook-cells';

export interface PlanWorkbookLoan {
  readonly code: string;
  readonly lender: string;
  readonly terms: LoanTerms;
}

export interface PlanWorkbookInput {
  readonly title: string;
  readonly plan: RepaymentPlan;
  readonly assumptions: AssumptionsInEffect;
  readonly scenario: PlanScenario;
  readonly loans: readonly PlanWorkbookLoan[];
  readonly overdue: readonly OverdueReceivable[];
  readonly scenarios?: readonly ScenarioResult[];
  readonly breakEvenPrice?: number | null;
}

export const ASSUMPTIONS_SHEET = '假设';
export const PLAN_SHEET = '年度计划';
/** Cells of the assumptions sheet, by what they hold (tests and users edit them). */
export const ASSUMPTION_CELLS = {
  asOfDate: 'B2', asOfYear: 'B3', unsoldMu: 'B4', paceMuPerYear: 'B5', firstSaleYear: 'B6', delayYears: 'B7',
  basePrice: 'B8', priceChange: 'B9', reserveShare: 'B10', overdueTotal: 'B11', keepOverdue: 'B12', lprBase: 'B13', lprShift: 'B14',
} as const;
/** Cells of the plan sheet's summary. */
export const SUMMARY_CELLS = { coverage: 'Q2', firstShortfall: 'Q3', minFutureCumulative: 'Q4', futureIncome: 'Q5', futureDebt: 'Q6' } as const;
/** Years the plan sheet runs past the plan's last year, so a slower pace or a longer delay still fits. */
const EXTRA_YEARS = 15;
const FIRST_ROW = 16;

const A = (cell: string) => sheetRef(ASSUMPTIONS_SHEET, `$${cell[0]}$${cell.slice(1)}`);

export async function planWorkbookBytes(input: PlanWorkbookInput): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Landlink';
  workbook.calcProperties = { fullCalcOnLoad: true };
  const assumptions = assumptionsSheet(workbook, input);
  const loanSheets = input.loans.map((loan) => loanSheet(workbook, loan, input));
  planSheet(workbook, input, loanSheets, assumptions);
  overdueSheet(workbook, input.overdue);
  if (input.scenarios) scenariosSheet(workbook, input.scenarios, input.breakEvenPrice ?? null);
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

interface PathRanges {
  /** LOOKUP(year, years, values) with the base when the year is before the first entry; just the base when empty. */
  price(yearRef: string): string;
  lpr(yearRef: string): string;
}

function assumptionsSheet(workbook: ExcelJS.Workbook, input: PlanWorkbookInput): PathRanges {
  const sheet = workbook.addWorksheet(ASSUMPTIONS_SHEET);
  const a = input.assumptions;
  const s = input.scenario;
  const pace = a.sales_pace.kind === 'mu_per_year' ? a.sales_pace.muPerYear * (s.paceFactor ?? 1) : a.unsold_mu;
  const overdueTotal = input.overdue.reduce((sum, o) => sum + Math.round(o.amount * 100), 0) / 100;
  sheet.columns = [{ width: 34 }, { width: 16 }, { width: 4 }, { width: 10 }, { width: 14 }, { width: 4 }, { width: 10 }, { width: 10 }];
  valueCell(sheet, 'A1', '项目 Item');
  valueCell(sheet, 'B1', '值 Value');
  const rows: [keyof typeof ASSUMPTION_CELLS, string, number | Date | string, string?][] = [
    ['asOfDate', '基准日 As-of date', excelDate(a.as_of_date), DATE],
    ['asOfYear', '基准年 As-of year', Number(a.as_of_date.slice(0, 4))],
    ['unsoldMu', '未售指标 Unsold quota (mu)', a.unsold_mu, MU],
    ['paceMuPerYear', '销售进度 Sales pace (mu/year)', pace, MU],
    ['firstSaleYear', '首个销售年度 First sale year', a.first_sale_year],
    ['delayYears', '验收推迟 Delay (years; unsold quota only)', s.delayYears],
    ['basePrice', '未售单价 Unsold price (yuan/mu)', a.base_price, YUAN],
    ['priceChange', '价格变动 Price change', s.priceChange, '0.00%'],
    ['reserveShare', '用于还贷比例 Share reserved for loans', s.reserveShare, '0.00%'],
    ['overdueTotal', '逾期应收 Overdue receivables (yuan)', overdueTotal, YUAN],
    ['keepOverdue', '逾期计入 Keep overdue in forecast (1/0)', a.overdue === 'keep' ? 1 : 0],
    ['lprBase', 'LPR 基准 LPR (base)', a.lpr_path.base, RATE],
    ['lprShift', 'LPR 调整 LPR shift', s.lprShift ?? 0, RATE],
  ];
  for (const [key, label, value, fmt] of rows) {
    const ref = ASSUMPTION_CELLS[key];
    valueCell(sheet, `A${ref.slice(1)}`, label);
    if (key === 'asOfYear') formulaCell(sheet, ref, `YEAR(${ASSUMPTION_CELLS.asOfDate})`, value as number);
    else valueCell(sheet, ref, value, fmt);
  }
  const pricePath = Object.entries(a.price_path).sort(([x], [y]) => Number(x) - Number(y));
  const lprPath = Object.entries(a.lpr_path.byYear).sort(([x], [y]) => Number(x) - Number(y));
  valueCell(sheet, 'D1', '年度 Year');
  valueCell(sheet, 'E1', '单价 Price');
  pricePath.forEach(([year, price], i) => (valueCell(sheet, `D${i + 2}`, Number(year)), valueCell(sheet, `E${i + 2}`, price, YUAN)));
  valueCell(sheet, 'G1', '年度 Year');
  valueCell(sheet, 'H1', 'LPR');
  lprPath.forEach(([year, rate], i) => (valueCell(sheet, `G${i + 2}`, Number(year)), valueCell(sheet, `H${i + 2}`, rate, RATE)));
  const lookup = (count: number, keys: string, values: string, base: string) => (yearRef: string) =>
    count === 0 ? base : `IFERROR(LOOKUP(${yearRef},${sheetRef(ASSUMPTIONS_SHEET, `$${keys}$2:$${keys}$${count + 1}`)},${sheetRef(ASSUMPTIONS_SHEET, `$${values}$2:$${values}$${count + 1}`)}),${base})`;
  return { price: lookup(pricePath.length, 'D', 'E', A(ASSUMPTION_CELLS.basePrice)), lpr: lookup(lprPath.length, 'G', 'H', A(ASSUMPTION_CELLS.lprBase)) };
}

interface LoanSheetRef {
  readonly name: string;
  readonly lastRow: number;
}

function loanSheet(workbook: ExcelJS.Workbook, loan: PlanWorkbookLoan, input: PlanWorkbookInput): LoanSheetRef {
  const name = `贷款 ${loan.code}`.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  const sheet = workbook.addWorksheet(name);
  const t = loan.terms;
  const perYear = periodsPerYear(t.frequency);
  const total = t.termYears * perYear;
  const path = shiftedLprPath(input.assumptions.lpr_path, input.scenario.lprShift ?? 0);
  const terms: LoanTerms = t.rate?.kind === 'lpr' ? { ...t, lprPath: path } : t;
  const rows = loanScheduleInFen(terms).rows;
  const lpr = t.rate?.kind === 'lpr' ? t.rate : undefined;
  const [resetMonth, resetDay] = (lpr?.resetMonthDay ?? '01-01').split('-').map(Number) as [number, number];
  const header: [string, number | string | Date, string?][] = [
    ['贷款机构 Lender', loan.lender],
    ['本金 Principal (yuan)', t.principalYuan, YUAN],
    ['固定年利率 Fixed annual rate', t.annualRate, RATE],
    ['利率方式 Rate (fixed / lpr)', lpr ? 'lpr' : 'fixed'],
    ['LPR 加点 Spread', lpr?.spread ?? 0, RATE],
    ['重定价月 Reset month', resetMonth],
    ['重定价日 Reset day', resetDay],
    ['每年期数 Periods a year', perYear],
    ['宽限期数 Grace periods', t.graceYears * perYear],
    ['总期数 Periods', total],
    ['还款方式 Method (annuity / equal_principal)', t.method],
    ['贴息比例 Interest subsidy', t.subsidyShare, '0.00%'],
    ['起始日 Start', excelDate(t.startDate), DATE],
  ];
  header.forEach(([label, value, fmt], i) => (valueCell(sheet, `A${i + 1}`, label), valueCell(sheet, `B${i + 1}`, value, fmt)));
  const heads = ['期 Period', '日期 Date', '年利率 Rate', '利息 Interest', '等额 Level', '本金 Principal', '提前还款 Prepaid', '还款额 Payment', '余额 Balance', '贴息比例 Subsidy share', '贴息 Subsidy', '县承担 County pays', '年度 Year', '提前还款计划 Prepayment plan'];
  heads.forEach((h, i) => valueCell(sheet, `${col(i)}${FIRST_ROW - 1}`, h));
  sheet.columns = heads.map((_, i) => ({ width: i === 0 ? 34 : 14 }));
  const annuity = t.method === 'annuity';
  const rates: number[] = [];
  for (let k = 1; k <= total; k++) {
    const start = addMonths(t.startDate, ((k - 1) * 12) / perYear);
    rates.push(rows[k - 1]?.annualRate ?? (lpr ? Math.max(0, lprOfYear(path, resetYearOf(start, lpr.resetMonthDay)) + lpr.spread) : t.annualRate));
  }
  const levels = levelValues(rows, rates, t, perYear);
  for (let k = 1; k <= total; k++) {
    const r = FIRST_ROW + k - 1;
    const row: FenScheduleRow | undefined = rows[k - 1];
    const prevBal = k === 1 ? '$B$2' : `I${r - 1}`;
    const prevDate = k === 1 ? '$B$13' : `B${r - 1}`;
    const y = (fen: number | undefined) => fenToYuan(fen ?? 0);
    valueCell(sheet, `A${r}`, k);
    const date = row?.date ?? addMonths(t.startDate, (k * 12) / perYear);
    formulaCell(sheet, `B${r}`, `EDATE($B$13,A${r}*12/$B$8)`, excelDate(date), DATE);
    if (lpr) {
      const resetYear = `IF(${prevDate}>=DATE(YEAR(${prevDate}),$B$6,$B$7),YEAR(${prevDate}),YEAR(${prevDate})-1)`;
      formulaCell(sheet, `C${r}`, `MAX(0,${lprLookup(input, resetYear)}+${A(ASSUMPTION_CELLS.lprShift)}+$B$5)`, rates[k - 1]!, RATE);
    } else formulaCell(sheet, `C${r}`, '$B$3', t.annualRate, RATE);
    formulaCell(sheet, `D${r}`, `ROUND(${prevBal}*(C${r}/$B$8),2)`, y(row?.interest), YUAN);
    const recompute = k === 1 ? `A${r}=$B$9+1` : annuity ? `OR(A${r}=$B$9+1,C${r}<>C${r - 1},G${r - 1}>0)` : `OR(A${r}=$B$9+1,G${r - 1}>0)`;
    const fresh = annuity ? `ROUND(-PMT(C${r}/$B$8,$B$10-A${r}+1,${prevBal}),2)` : `ROUND(${prevBal}/($B$10-A${r}+1),2)`;
    const level = k === 1 ? `IF(A${r}<=$B$9,0,${fresh})` : `IF(A${r}<=$B$9,0,IF(${recompute},${fresh},E${r - 1}))`;
    formulaCell(sheet, `E${r}`, level, levels[k - 1]!, YUAN);
    formulaCell(sheet, `F${r}`, `IF(A${r}=$B$10,${prevBal},IF(A${r}<=$B$9,0,MIN(${prevBal},MAX(0,${annuity ? `E${r}-D${r}` : `E${r}`}))))`, y((row?.principal ?? 0) - (row?.prepayment ?? 0)), YUAN);
    valueCell(sheet, `N${r}`, y(row?.prepayment), YUAN);
    formulaCell(sheet, `G${r}`, `MIN(N${r},${prevBal}-F${r})`, y(row?.prepayment), YUAN);
    formulaCell(sheet, `H${r}`, `F${r}+G${r}+D${r}`, y(row?.payment), YUAN);
    formulaCell(sheet, `I${r}`, `${prevBal}-F${r}-G${r}`, y(row?.balance), YUAN);
    const override = t.subsidyByYear?.[String(yearOf(date))];
    if (override !== undefined) valueCell(sheet, `J${r}`, override, '0.00%');
    else formulaCell(sheet, `J${r}`, '$B$12', t.subsidyShare, '0.00%');
    formulaCell(sheet, `K${r}`, `ROUND(D${r}*J${r},2)`, y(row?.subsidy), YUAN);
    formulaCell(sheet, `L${r}`, `H${r}-K${r}`, y(row ? row.payment - row.subsidy : 0), YUAN);
    formulaCell(sheet, `M${r}`, `YEAR(B${r})`, yearOf(date)!);
  }
  sheet.views = [{ state: 'frozen', ySplit: FIRST_ROW - 1 }];
  return { name, lastRow: FIRST_ROW + total - 1 };

  function lprLookup(inputs: PlanWorkbookInput, yearExpr: string): string {
    const entries = Object.keys(inputs.assumptions.lpr_path.byYear).length;
    if (entries === 0) return A(ASSUMPTION_CELLS.lprBase);
    return `IFERROR(LOOKUP(${yearExpr},${sheetRef(ASSUMPTIONS_SHEET, `$G$2:$G$${entries + 1}`)},${sheetRef(ASSUMPTIONS_SHEET, `$H$2:$H$${entries + 1}`)}),${A(ASSUMPTION_CELLS.lprBase)})`;
  }
}

/** The level column as the sheet computes it, replayed on Landlink's rows in fen: fixed at the first repayment
 * period, recomputed on a rate change (annuity) or after a prepayment, else carried. */
function levelValues(rows: readonly FenScheduleRow[], rates: readonly number[], t: LoanTerms, perYear: number): number[] {
  const grace = t.graceYears * perYear;
  const total = t.termYears * perYear;
  const levels: number[] = [];
  let level = 0;
  for (let k = 1; k <= total; k++) {
    const prevBalance = k === 1 ? Math.round(t.principalYuan * 100) : rows[k - 2]?.balance ?? 0;
    if (k <= grace) level = 0;
    else {
      const recompute = k === grace + 1 || (k > 1 && (t.method === 'annuity' && rates[k - 1] !== rates[k - 2] || (rows[k - 2]?.prepayment ?? 0) > 0));
      if (recompute) level = t.method === 'annuity' ? roundHalfAwayFromZero(-pmt(rates[k - 1]! / perYear, total - k + 1, prevBalance)) : roundHalfAwayFromZero(prevBalance / (total - k + 1));
    }
    levels.push(fenToYuan(level));
  }
  return levels;
}

function planSheet(workbook: ExcelJS.Workbook, input: PlanWorkbookInput, loans: readonly LoanSheetRef[], paths: PathRanges): void {
  const sheet = workbook.addWorksheet(PLAN_SHEET);
  const { plan, assumptions: a, scenario: s } = input;
  const heads = ['年度 Year', '阶段 Phase', '还本付息(贴息后) Debt service', '已到账 Received', '合同应收 Contracted', '逾期应收 Overdue', '未售销售量 Unsold mu', '单价 Price', '未售预期 Unsold income', '指标收入 Income (reserved)', '净额 Net', '累计结余 Cumulative', '预测累计 Forecast cumulative', '缺口年度 Shortfall year'];
  heads.forEach((h, i) => valueCell(sheet, `${col(i)}1`, h));
  sheet.columns = [...heads.map(() => ({ width: 16 })), { width: 2 }, { width: 30 }, { width: 16 }];
  if (plan.years.length === 0) return;
  const first = plan.years[0]!.year;
  const last = plan.years.at(-1)!.year + EXTRA_YEARS;
  const byYear = new Map(plan.years.map((y) => [y.year, y]));
  const asOfYear = Number(a.as_of_date.slice(0, 4));
  const pace = a.sales_pace.kind === 'mu_per_year' ? a.sales_pace.muPerYear * (s.paceFactor ?? 1) : a.unsold_mu;
  const lastRow = last - first + 2;
  let cumulative = 0, future = 0;
  for (let year = first; year <= last; year++) {
    const r = year - first + 2;
    const y = byYear.get(year);
    const fen = (yuan: number | undefined) => Math.round((yuan ?? 0) * 100);
    valueCell(sheet, `A${r}`, year);
    const phase = year < asOfYear ? '历史' : year === asOfYear ? '当年' : '预测';
    formulaCell(sheet, `B${r}`, `IF(A${r}<${A(ASSUMPTION_CELLS.asOfYear)},"历史",IF(A${r}=${A(ASSUMPTION_CELLS.asOfYear)},"当年","预测"))`, phase);
    const debt = loans.length === 0 ? '0' : loans.map((l) => `SUMIF(${sheetRef(l.name, `$M$${FIRST_ROW}:$M$${l.lastRow}`)},A${r},${sheetRef(l.name, `$L$${FIRST_ROW}:$L$${l.lastRow}`)})`).join('+');
    formulaCell(sheet, `C${r}`, debt, y?.debt_service ?? 0, YUAN);
    valueCell(sheet, `D${r}`, y?.received ?? 0, YUAN);
    valueCell(sheet, `E${r}`, y?.expected_contracted ?? 0, YUAN);
    formulaCell(sheet, `F${r}`, `IF(A${r}=${A(ASSUMPTION_CELLS.asOfYear)},${A(ASSUMPTION_CELLS.overdueTotal)}*${A(ASSUMPTION_CELLS.keepOverdue)},0)`, y?.overdue ?? 0, YUAN);
    const k = `(A${r}-${A(ASSUMPTION_CELLS.firstSaleYear)}-${A(ASSUMPTION_CELLS.delayYears)})`;
    formulaCell(sheet, `G${r}`, `IF(${k}<0,0,MAX(0,MIN(${A(ASSUMPTION_CELLS.paceMuPerYear)},${A(ASSUMPTION_CELLS.unsoldMu)}-${A(ASSUMPTION_CELLS.paceMuPerYear)}*${k})))`, y?.unsold_mu ?? unsoldMuOf(year, a.unsold_mu, pace, a.first_sale_year + s.delayYears), MU);
    formulaCell(sheet, `H${r}`, `${paths.price(`A${r}`)}*(1+${A(ASSUMPTION_CELLS.priceChange)})`, pathPrice(a.base_price, a.price_path, year) * (1 + s.priceChange), YUAN);
    formulaCell(sheet, `I${r}`, `ROUND(G${r}*H${r},2)`, y?.expected_unsold ?? 0, YUAN);
    formulaCell(sheet, `J${r}`, `ROUND((D${r}+E${r}+F${r}+I${r})*${A(ASSUMPTION_CELLS.reserveShare)},2)`, y?.quota_income ?? 0, YUAN);
    formulaCell(sheet, `K${r}`, `J${r}-C${r}`, y?.net ?? 0, YUAN);
    cumulative += fen(y?.net);
    formulaCell(sheet, `L${r}`, r === 2 ? `K${r}` : `L${r - 1}+K${r}`, cumulative / 100, YUAN);
    if (year >= asOfYear) future += fen(y?.net);
    formulaCell(sheet, `M${r}`, `IF(A${r}<${A(ASSUMPTION_CELLS.asOfYear)},"",${r === 2 ? '' : `N(M${r - 1})+`}K${r})`, year < asOfYear ? '' : future / 100, YUAN);
    formulaCell(sheet, `N${r}`, `IF(ISNUMBER(M${r}),IF(M${r}<0,A${r},""),"")`, year >= asOfYear && future < 0 ? year : '');
  }
  const range = (c: string) => `$${c}$2:$${c}$${lastRow}`;
  const fromAsOf = (c: string) => `SUMIF(${range('A')},">="&${A(ASSUMPTION_CELLS.asOfYear)},${range(c)})`;
  const futureYears = plan.years.filter((y) => y.phase !== 'history');
  const futureIncome = futureYears.reduce((sum, y) => sum + Math.round(y.quota_income * 100), 0) / 100;
  const futureDebt = futureYears.reduce((sum, y) => sum + Math.round(y.debt_service * 100), 0) / 100;
  const summary: [keyof typeof SUMMARY_CELLS, string, string, CachedSummary, string?][] = [
    ['coverage', '覆盖率(基准日起) Coverage from the as-of year', `IF(${fromAsOf('C')}=0,"",${fromAsOf('J')}/${fromAsOf('C')})`, plan.coverage ?? '', '0.00%'],
    ['firstShortfall', '首个资金缺口年度 First shortfall year', `IF(COUNT(${range('N')})=0,"",MIN(${range('N')}))`, plan.first_shortfall_year ?? ''],
    ['minFutureCumulative', '最低预测累计 Lowest forecast balance', `MIN(${range('M')})`, plan.min_future_cumulative ?? 0, YUAN],
    ['futureIncome', '预测收入合计 Income from the as-of year', fromAsOf('J'), futureIncome, YUAN],
    ['futureDebt', '预测还本付息合计 Debt service from the as-of year', fromAsOf('C'), futureDebt, YUAN],
  ];
  valueCell(sheet, 'P1', input.title);
  for (const [key, label, formula, value, fmt] of summary) {
    const ref = SUMMARY_CELLS[key];
    valueCell(sheet, `P${ref.slice(1)}`, label);
    formulaCell(sheet, ref, formula, value, fmt);
  }
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

type CachedSummary = number | string;

function unsoldMuOf(year: number, pool: number, pace: number, firstYear: number): number {
  const k = year - firstYear;
  return k < 0 ? 0 : Math.max(0, Math.min(pace, pool - pace * k));
}

function overdueSheet(workbook: ExcelJS.Workbook, overdue: readonly OverdueReceivable[]): void {
  const sheet = workbook.addWorksheet('逾期应收');
  const heads = ['交易编号 Sale', '挂钩项目 Project', '买方 Buyer', '付款编号 Payment', '应付日期 Due', '金额 Amount', '逾期天数 Days overdue'];
  heads.forEach((h, i) => valueCell(sheet, `${col(i)}1`, h));
  sheet.columns = heads.map(() => ({ width: 18 }));
  overdue.forEach((o, i) => {
    const r = i + 2;
    [o.sale_code, o.project_code, o.buyer ?? '', o.payment_code ?? '', excelDate(o.due_date), o.amount, o.days_overdue].forEach((v, c) => valueCell(sheet, `${col(c)}${r}`, v, c === 4 ? DATE : c === 5 ? YUAN : undefined));
  });
}

function scenariosSheet(workbook: ExcelJS.Workbook, scenarios: readonly ScenarioResult[], breakEven: number | null): void {
  const sheet = workbook.addWorksheet('情景 Scenarios');
  const heads = ['情景 Scenario', '覆盖率 Coverage', '首个缺口 First shortfall', '最低预测累计 Lowest balance', '预测收入 Income', '预测还本付息 Debt service'];
  heads.forEach((h, i) => valueCell(sheet, `${col(i)}1`, h));
  sheet.columns = heads.map(() => ({ width: 20 }));
  scenarios.forEach((sc, i) => {
    [sc.id, sc.coverage ?? '', sc.first_shortfall_year ?? '', sc.min_future_cumulative ?? '', sc.future_income, sc.future_debt_service].forEach((v, c) => valueCell(sheet, `${col(c)}${i + 2}`, v, c === 1 ? '0.00%' : c >= 3 ? YUAN : undefined));
  });
  valueCell(sheet, `A${scenarios.length + 3}`, '保本单价 Break-even unsold price (yuan/mu)');
  valueCell(sheet, `B${scenarios.length + 3}`, breakEven ?? '', YUAN);
}

function col(index: number): string {
  return String.fromCharCode(65 + index);
}

function resetYearOf(date: string, monthDay: string): number {
  const year = Number(date.slice(0, 4));
  return date >= `${date.slice(0, 4)}-${monthDay}` ? year : year - 1;
}

// `landlink plan <project.gpkg> [--as-of YYYY-MM-DD] [--price-change F] [--delay-years N] [--json] [--xlsx plan.xlsx]`
// The repayment plan of a project as of a date (default today): per year, debt service after subsidy against quota
// income; years before the as-of year are history (received), the rest forecast (contracted, overdue, unsold quota
// at the assumed pace and price); coverage and the first shortfall from the as-of year on.
// --json: {as_of_date, years:[{year,phase,debt_service,quota_income,net,cumulative,future_cumulative,received,
// contracted,overdue,unsold,unsold_mu}], coverage, first_shortfall_year, history_coverage, overdue:[…],
// assumptions:{…}, scenarios:[…], sensitivity:{…}, break_even_price}. --xlsx: the finance office's workbook with live
// formulas. Notes (loans left out, settings not understood) go to stderr.
import { parseIsoDate } from '../../finance/calendar-date';
import type { PlanScenario } from '../../finance/plan/plan-inputs';
import { planWorkbookBytes } from '../../finance/workbook/plan-workbook';
import { formatYuan, yuanToFen } from '../../finance/money';
import { parseShare } from '../../finance/parse-share';
import { atomicWriteFile } from '../../node/atomic-write-file';
import { readLedgerRows } from '../../ledger/read-ledger-rows';
import { repaymentReport, workbookInputOf, type RepaymentReport } from '../../ledger/repayment-model-report';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile } from '../project-file';

const usage =
  'landlink plan <project.gpkg> [--as-of YYYY-MM-DD] [--price-change F] [--delay-years N] [--json] [--xlsx plan.xlsx]' +
  ' (F: change of the price of unsold quota, e.g. -20% or -0.2 for 20 % lower; N: whole years by which the acceptance and sale of unsold quota slip; signed contracts keep their due dates)';

const plan: CliCommand = {
  name: 'plan',
  summary: 'repayment plan: debt service after subsidy vs quota income per year, cumulative balance, coverage, first shortfall year',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(
      joinNegativeValues(argv),
      { 'price-change': { type: 'string' }, 'delay-years': { type: 'string' }, 'as-of': { type: 'string' }, xlsx: { type: 'string' }, json: { type: 'boolean' } },
      usage,
      { min: 1, max: 1 },
    );
    const scenario = scenarioFrom(values);
    const asOfText = values['as-of'];
    if (asOfText !== undefined && (typeof asOfText !== 'string' || !parseIsoDate(asOfText))) throw new CliError(`--as-of must be a date in the form YYYY-MM-DD, not “${String(asOfText)}”`);
    const asOfDate = typeof asOfText === 'string' ? asOfText : today();
    const file = positionals[0]!;
    const opened = await openProjectFile(file);
    try {
      const read = readLedgerRows(opened.db);
      const report = repaymentReport(read, asOfDate, scenario, { withScenarios: Boolean(values.json) || typeof values.xlsx === 'string' });
      for (const note of [...report.model.loanProblems, ...read.settings.problems]) process.stderr.write(`landlink plan: note: ${note}.\n`);
      if (typeof values.xlsx === 'string') {
        await atomicWriteFile(values.xlsx, await planWorkbookBytes(workbookInputOf(report, `还款计划 Repayment plan: ${file} (${asOfDate})`)));
        if (!values.json) process.stderr.write(`landlink plan: wrote the workbook ${values.xlsx}\n`);
      }
      if (values.json) process.stdout.write(`${JSON.stringify(toJson(report), null, 2)}\n`);
      else if (typeof values.xlsx !== 'string') process.stdout.write(toText(file, report));
    } finally {
      opened.db.close();
    }
    return 0;
  },
};

/** node:util's parseArgs takes "-0.2" for an option; "--price-change -0.2" means the value. */
function joinNegativeValues(argv: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if ((arg === '--price-change' || arg === '--delay-years') && next !== undefined && /^-[\d.]/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else joined.push(arg);
  }
  return joined;
}

function scenarioFrom(values: Record<string, string | boolean | string[] | undefined>): Pick<PlanScenario, 'priceChange' | 'delayYears'> {
  let priceChange = 0;
  const priceText = values['price-change'];
  if (typeof priceText === 'string') {
    const parsed = parseShare(priceText, { allowNegative: true, allowAboveOne: true });
    if (!parsed.ok) throw new CliError(`--price-change: ${parsed.reason}; give the change of the unsold quota price as -20% or -0.2`);
    if (parsed.value < -1) throw new CliError(`--price-change cannot lower the price by more than 100 %, not “${priceText}”`);
    priceChange = parsed.value;
  }
  let delayYears = 0;
  const delayText = values['delay-years'];
  if (typeof delayText === 'string') {
    if (!/^\d+$/.test(delayText.trim())) throw new CliError(`--delay-years must be a whole number of years, 0 or more, not “${delayText}”`);
    delayYears = Number(delayText);
  }
  return { priceChange, delayYears };
}

/** DESIGN.md's shape ({years:[{year,debt_service,quota_income,net,cumulative}], coverage, first_shortfall_year}),
 * with what the finance office needs beside it. */
function toJson(report: RepaymentReport) {
  const { plan } = report;
  const ratio = (x: number | null) => (x === null ? null : Number(x.toFixed(4)));
  return {
    years: plan.years.map((y) => ({
      year: y.year,
      debt_service: y.debt_service,
      quota_income: y.quota_income,
      net: y.net,
      cumulative: y.cumulative,
      phase: y.phase,
      future_cumulative: y.future_cumulative,
      received: y.received,
      contracted: y.expected_contracted,
      overdue: y.overdue,
      unsold: y.expected_unsold,
      unsold_mu: y.unsold_mu,
    })),
    coverage: ratio(plan.coverage),
    first_shortfall_year: plan.first_shortfall_year,
    as_of_date: plan.as_of_date,
    history_coverage: ratio(plan.history_coverage),
    min_future_cumulative: plan.min_future_cumulative,
    overdue: report.overdue,
    receivables: report.receivables,
    assumptions: report.assumptions,
    scenarios: report.scenarios,
    sensitivity: report.sensitivity,
    break_even_price: report.breakEvenPrice,
  };
}

function toText(file: string, report: RepaymentReport): string {
  const { plan, scenario, assumptions: a } = report;
  const money = (yuan: number) => formatYuan(yuanToFen(yuan)).padStart(17);
  const percent = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, '')} %`;
  const pace = a.sales_pace.kind === 'mu_per_year' ? `${a.sales_pace.muPerYear.toFixed(2)} mu/year 亩/年${a.sales_pace_source === 'past_sales' ? ' (past sales 按以往销售)' : ''}` : 'on acceptance 随验收';
  const phase = { history: 'history 历史', current: 'as-of 当年', forecast: 'forecast 预测' } as const;
  const lines = [
    `Repayment plan 还款计划: ${file}`,
    `As of 基准日 ${plan.as_of_date}; unsold quota 未售指标 ${a.unsold_mu.toFixed(2)} mu 亩 from ${a.first_sale_year + scenario.delayYears}, pace 销售进度 ${pace}, price 单价 ${formatYuan(yuanToFen(a.base_price))} yuan/mu; price change 价格变动 ${percent(scenario.priceChange)}; delay 验收推迟 ${scenario.delayYears} years 年; reserved for loans 用于还贷 ${percent(scenario.reserveShare)}; overdue 逾期应收 ${a.overdue === 'keep' ? 'kept 计入' : 'dropped 不计'}`,
    '',
    `${'year'.padEnd(6)}${'phase'.padEnd(14)}${'debt service'.padStart(17)} ${'quota income'.padStart(17)} ${'net'.padStart(17)} ${'cumulative'.padStart(17)} ${'received'.padStart(17)} ${'contracted'.padStart(17)} ${'overdue'.padStart(17)} ${'unsold'.padStart(17)}`,
    `${'年度'.padEnd(4)}${'阶段'.padEnd(12)}${'还本付息(贴息后)'.padStart(9)} ${'指标收入'.padStart(13)} ${'净额'.padStart(15)} ${'累计结余'.padStart(13)} ${'已到账'.padStart(14)} ${'合同应收'.padStart(13)} ${'逾期应收'.padStart(13)} ${'未售预期'.padStart(13)}`,
  ];
  for (const y of plan.years) {
    lines.push(`${String(y.year).padEnd(6)}${phase[y.phase].padEnd(12)}${money(y.debt_service)} ${money(y.quota_income)} ${money(y.net)} ${money(y.cumulative)} ${money(y.received)} ${money(y.expected_contracted)} ${money(y.overdue)} ${money(y.expected_unsold)}`);
  }
  lines.push(
    '',
    `Coverage from ${plan.as_of_date.slice(0, 4)} 覆盖率(基准年起): ${plan.coverage === null ? 'no debt service 无还款' : plan.coverage.toFixed(2)}`,
    `First shortfall year 首个资金缺口年度: ${plan.first_shortfall_year ?? 'none 无'}`,
    `Overdue receivables 逾期应收: ${report.overdue.length} instalments 笔, ${formatYuan(report.overdue.reduce((s, o) => s + yuanToFen(o.amount), 0))} yuan 元`,
  );
  for (const o of report.overdue) lines.push(`  ${o.sale_code} ${o.payment_code ?? '(tranche plan 分期计划)'} due 应付 ${o.due_date} ${formatYuan(yuanToFen(o.amount)).padStart(17)} ${o.days_overdue} days overdue 天`);
  lines.push('Amounts in yuan 单位：元. Debt service is after the interest subsidy; received/contracted/overdue/unsold are before the reserved share.');
  return `${lines.join('\n')}\n`;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export default plan;

// `landlink plan <project.gpkg> [--price-change F] [--delay-years N] [--json]`
// The repayment plan of a project: per year, debt service after subsidy against quota income (received, then
// expected from contracts, then from unsold available quota), net and cumulative balance; the coverage ratio and
// the first shortfall year. --json: {years:[{year,debt_service,quota_income,net,cumulative}], coverage,
// first_shortfall_year}. Notes (loans left out, settings not understood) go to stderr.
import type { PlanScenario } from '../../finance/plan/plan-inputs';
import type { RepaymentPlan } from '../../finance/plan/repayment-plan';
import { formatYuan, yuanToFen } from '../../finance/money';
import { parseShare } from '../../finance/parse-share';
import { readLedgerRows } from '../../ledger/read-ledger-rows';
import { createRepaymentModel } from '../../ledger/repayment-model';
import type { CliCommand } from '../cli-command';
import { CliError } from '../cli-error';
import { parseArguments } from '../parse-arguments';
import { openProjectFile } from '../project-file';

const usage =
  'landlink plan <project.gpkg> [--price-change F] [--delay-years N] [--json]' +
  ' (F: change of the price of unsold quota, e.g. -20% or -0.2 for 20 % lower; N: whole years by which acceptance, and so all income not yet received, slips)';

const plan: CliCommand = {
  name: 'plan',
  summary: 'repayment plan: debt service after subsidy vs quota income per year, cumulative balance, coverage, first shortfall year',
  usage,
  async run(argv) {
    const { positionals, values } = parseArguments(
      joinNegativeValues(argv),
      { 'price-change': { type: 'string' }, 'delay-years': { type: 'string' }, json: { type: 'boolean' } },
      usage,
      { min: 1, max: 1 },
    );
    const scenario = scenarioFrom(values);
    const file = positionals[0]!;
    const opened = await openProjectFile(file);
    try {
      const { rows, settings } = readLedgerRows(opened.db);
      const stored = settings.planAssumptions;
      const asOfDate = today();
      const model = createRepaymentModel(rows, {
        asOfDate,
        ...(stored.unsoldPricePerMu !== undefined ? { unsoldPricePerMu: stored.unsoldPricePerMu } : {}),
        ...(stored.unsoldSaleYear !== undefined ? { unsoldSaleYear: stored.unsoldSaleYear } : {}),
        ...(stored.projectPrices ? { projectPrices: stored.projectPrices } : {}),
      });
      const reserveShare = stored.reserveShare !== undefined && stored.reserveShare >= 0 && stored.reserveShare <= 1 ? stored.reserveShare : 1;
      const result = model.planner.plan({ ...scenario, reserveShare });
      for (const note of [...model.loanProblems, ...settings.problems]) process.stderr.write(`landlink plan: note: ${note}.\n`);
      if (values.json) process.stdout.write(`${JSON.stringify(toJson(result), null, 2)}\n`);
      else {
        const available = model.ledger.quotas().reduce((sum, q) => sum + Math.max(0, q.available_mu), 0);
        process.stdout.write(toText(file, result, { ...scenario, reserveShare }, asOfDate, available));
      }
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

/** Exactly the shape DESIGN.md gives for `landlink plan --json`. */
function toJson(result: RepaymentPlan) {
  return {
    years: result.years.map(({ year, debt_service, quota_income, net, cumulative }) => ({ year, debt_service, quota_income, net, cumulative })),
    coverage: result.coverage === null ? null : Number(result.coverage.toFixed(4)),
    first_shortfall_year: result.first_shortfall_year,
  };
}

function toText(file: string, result: RepaymentPlan, scenario: PlanScenario, asOfDate: string, availableMu: number): string {
  const money = (yuan: number) => formatYuan(yuanToFen(yuan)).padStart(17);
  const percent = (share: number) => `${(share * 100).toFixed(1).replace(/\.0$/, '')} %`;
  const lines = [
    `Repayment plan 还款计划: ${file}`,
    `As of ${asOfDate}; unsold available quota 未售指标 ${availableMu.toFixed(2)} mu 亩; price change 价格变动 ${percent(scenario.priceChange)}; acceptance delay 验收延迟 ${scenario.delayYears} years 年; reserved for loans 用于还贷 ${percent(scenario.reserveShare)}`,
    '',
    `${'year'.padEnd(6)}${'debt service'.padStart(17)} ${'quota income'.padStart(17)} ${'net'.padStart(17)} ${'cumulative'.padStart(17)} ${'received'.padStart(17)} ${'contracted'.padStart(17)} ${'unsold'.padStart(17)}`,
    `${'年度'.padEnd(4)}${'还本付息(贴息后)'.padStart(9)} ${'指标收入'.padStart(13)} ${'净额'.padStart(15)} ${'累计结余'.padStart(13)} ${'已到账'.padStart(14)} ${'合同应收'.padStart(13)} ${'未售预期'.padStart(13)}`,
  ];
  for (const y of result.years) {
    lines.push(`${String(y.year).padEnd(6)}${money(y.debt_service)} ${money(y.quota_income)} ${money(y.net)} ${money(y.cumulative)} ${money(y.received)} ${money(y.expected_contracted)} ${money(y.expected_unsold)}`);
  }
  lines.push(
    '',
    `Coverage 覆盖率: ${result.coverage === null ? 'no debt service 无还款' : result.coverage.toFixed(2)}`,
    `First shortfall year 首个资金缺口年度: ${result.first_shortfall_year ?? 'none 无'}`,
    'Amounts in yuan 单位：元. Debt service is after the interest subsidy; received/contracted/unsold are before the reserved share.',
  );
  return `${lines.join('\n')}\n`;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export default plan;

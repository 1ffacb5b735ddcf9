import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { exportProject } from '../../project/export-project';
import { main } from '../main';

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

let folder: string;
let project: string;
beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'landlink-plan-'));
  project = path.join(folder, 'sample.gpkg');
  const db = buildSampleProject(await initSqlJs(), { seed: 3 });
  writeFileSync(project, exportProject(db));
  db.close();
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

describe('landlink plan', () => {
  it('prints {years:[{year,debt_service,quota_income,net,cumulative,…}], coverage, first_shortfall_year, overdue, assumptions, scenarios, break_even_price} with --json', async () => {
    const { code, stdout } = await run(['plan', project, '--json', '--as-of', '2026-12-01']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout);
    expect(Object.keys(plan)).toEqual(['years', 'coverage', 'first_shortfall_year', 'as_of_date', 'history_coverage', 'min_future_cumulative', 'overdue', 'receivables', 'assumptions', 'scenarios', 'sensitivity', 'break_even_price']);
    expect(Object.keys(plan.years[0]).slice(0, 5)).toEqual(['year', 'debt_service', 'quota_income', 'net', 'cumulative']);
    // History before 2026, the forecast from it; the shortfall of 2017–2018 is history, not the headline.
    expect(plan.years.filter((y: { phase: string }) => y.phase === 'history').at(-1).year).toBe(2025);
    // The sample has instalments due before 2026-12-01 and not received: overdue, with their days.
    expect(plan.overdue.length).toBeGreaterThan(0);
    for (const o of plan.overdue) expect(o.days_overdue).toBeGreaterThan(0);
    for (const o of plan.overdue) expect(o.due_date < '2026-12-01').toBe(true);
    expect(plan.years.find((y: { year: number }) => y.year === 2026).overdue).toBeCloseTo(plan.overdue.reduce((s: number, o: { amount: number }) => s + o.amount, 0), 2);
    expect(plan.assumptions).toMatchObject({ as_of_date: '2026-12-01', sales_pace_source: 'past_sales', delay_applies_to: 'unsold_quota' });
    expect(plan.scenarios.map((s: { id: string }) => s.id)).toEqual(['base', 'price_-10', 'price_-20', 'price_-30', 'delay_1', 'delay_2', 'slower_sales', 'higher_lpr']);
    expect(plan.scenarios[3].coverage).toBeLessThan(plan.scenarios[0].coverage);
    // Seed 3 falls short in 2026 itself, before unsold quota can be paid: no price is enough.
    expect(plan.first_shortfall_year).toBe(2026);
    expect(plan.break_even_price).toBeNull();
    // The sample's loans run 2016–2036.
    expect(plan.years[0].year).toBe(2017);
    expect(plan.years.at(-1).year).toBeGreaterThanOrEqual(2036);
    let cumulative = 0;
    for (const year of plan.years) {
      expect(year.net).toBeCloseTo(year.quota_income - year.debt_service, 2);
      cumulative += year.net;
      expect(year.cumulative).toBeCloseTo(cumulative, 2);
    }
    expect(plan.coverage).toBeGreaterThan(0);
  });
  it('a lower price and a delay never improve coverage', async () => {
    const base = JSON.parse((await run(['plan', project, '--json'])).stdout);
    const worse = JSON.parse((await run(['plan', project, '--price-change', '-0.3', '--delay-years', '2', '--json'])).stdout);
    expect(worse.coverage).toBeLessThanOrEqual(base.coverage);
    expect(worse.years.at(-1).year).toBeGreaterThanOrEqual(base.years.at(-1).year);
    expect(JSON.parse((await run(['plan', project, '--price-change=-30%', '--delay-years', '2', '--json'])).stdout)).toEqual(worse);
  });
  it('prints a table otherwise', async () => {
    const { code, stdout } = await run(['plan', project]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2017  history 历史/m);
    expect(stdout).toMatch(/Coverage from \d{4} 覆盖率\(基准年起\): \d+\.\d\d/);
    expect(stdout).toMatch(/Overdue receivables 逾期应收: \d+ instalments/);
    expect(stdout).toMatch(/First shortfall year 首个资金缺口年度: (\d{4}|none 无)/);
  });
  it('exits 2 with one sentence on bad input', async () => {
    for (const [argv, pattern] of [
      [['plan', project, '--delay-years', '-1'], /--delay-years must be a whole number of years/],
      [['plan', project, '--price-change', 'cheaper'], /--price-change: “cheaper” is not a number or a percentage/],
      [['plan', project, '--price-change', '-150%'], /cannot lower the price by more than 100 %/],
      [['plan', project, '--as-of', '2026-13-01'], /--as-of must be a date in the form YYYY-MM-DD/],
      [['plan', path.join(folder, 'missing.gpkg')], /missing\.gpkg/],
    ] as const) {
      const { code, stderr } = await run([...argv]);
      expect(code).toBe(2);
      expect(stderr).toMatch(pattern);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

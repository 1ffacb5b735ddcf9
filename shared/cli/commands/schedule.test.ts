import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loanSchedule } from '../../finance/loan-schedule';
import { main } from '../main';

const bin = fileURLToPath(new URL('../bin.mjs', import.meta.url));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

const policyLoan = ['--principal', '147000000', '--rate', '4.41%', '--years', '20', '--grace-years', '5', '--method', 'equal-principal', '--frequency', 'annual', '--subsidy', '0.9', '--start', '2016-06-20'];

describe('landlink schedule', () => {
  it('prints {payments, totals} with --json, through the landlink executable', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'schedule', ...policyLoan, '--json'], { encoding: 'utf8' });
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['payments', 'totals']);
    expect(Object.keys(result.payments[0])).toEqual(['period', 'date', 'payment', 'interest', 'principal', 'balance', 'subsidy', 'borrower_interest']);
    expect(Object.keys(result.totals)).toEqual(['payment', 'interest', 'principal', 'subsidy', 'borrower_interest']);
    expect(result).toEqual(
      loanSchedule({ principalYuan: 147_000_000, annualRate: 0.0441, startDate: '2016-06-20', termYears: 20, graceYears: 5, method: 'equal_principal', frequency: 'annual', subsidyShare: 0.9 }),
    );
    expect(result.totals.principal).toBe(147_000_000);
    expect(result.payments[0]).toEqual({ period: 1, date: '2017-06-20', payment: 6_482_700, interest: 6_482_700, principal: 0, balance: 147_000_000, subsidy: 5_834_430, borrower_interest: 648_270 });
  });
  it('reads the rate as 4.41% or 0.0441 alike', async () => {
    const percent = await run(['schedule', ...policyLoan, '--json']);
    const fraction = await run(['schedule', ...policyLoan.map((a) => (a === '4.41%' ? '0.0441' : a)), '--json']);
    expect(fraction.stdout).toBe(percent.stdout);
  });
  it('prints a table with totals otherwise', async () => {
    const { code, stdout } = await run(['schedule', '--principal', '1200000', '--rate', '4.41%', '--years', '5', '--grace-years', '2', '--method', 'equal-principal', '--frequency', 'annual', '--subsidy', '90%', '--start', '2016-06-20']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+3 {2}2019-06-20\s+452,920\.00\s+52,920\.00\s+400,000\.00\s+800,000\.00\s+47,628\.00\s+5,292\.00$/m);
    expect(stdout).toMatch(/^ total .*1,411,680\.00\s+211,680\.00\s+1,200,000\.00\s+190,512\.00\s+21,168\.00$/m);
  });
  it('says what is wrong in one sentence and exits 2 on bad input', async () => {
    for (const [argv, pattern] of [
      [['--principal', '1000', '--rate', '4.41', '--years', '5'], /--rate: “4\.41” is ambiguous: write it as a percentage \(4\.41%\) or as a fraction \(0\.0441\)/],
      [['--rate', '4%', '--years', '5'], /--principal is missing/],
      [['--principal', '1000', '--rate', '4%', '--years', '5', '--grace-years', '5'], /grace period \(5 years\) must be shorter than the term/],
      [['--principal', '1000', '--rate', '4%', '--years', '5', '--method', 'balloon'], /--method must be annuity or equal-principal/],
      [['--principal', '1000', '--rate', '4%', '--years', '5', '--start', '2024-02-30'], /--start must be a date/],
      [['--principal', '1000', '--rate', '4%', '--years', '5', '--frequency', 'weekly'], /--frequency must be one of/],
    ] as const) {
      const { code, stdout, stderr } = await run(['schedule', ...argv]);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(pattern);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

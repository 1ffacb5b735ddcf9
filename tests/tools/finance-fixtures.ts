// Regenerates tests/fixtures/finance/*.json with LibreOffice Calc (Debian `libreoffice-calc-nogui`, run headless):
//
//   npx tsx tests/tools/finance-fixtures.ts
//
// spreadsheet-functions.json  PMT, IPMT, PPMT and CUMIPMT on a grid of rates, terms and amounts, as Calc computes them.
// loan-schedules.json         whole loan schedules built in Calc with its own functions, one formula row per period:
//                             interest = ROUND(balance × rate; 2); level instalment = ROUND(−PMT(rate; n; principal); 2);
//                             level principal = ROUND(principal / n; 2); the last row takes the balance left;
//                             dates = EDATE(start; period × months per period). CUMIPMT of the whole repayment is
//                             recorded beside each annuity so the unrounded interest can be compared too.
// Nothing of Landlink's own code runs here: the figures are Calc's, so the tests compare against an independent oracle.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.join(here, '../fixtures/finance');

interface LoanCase {
  name: string;
  principal: number;
  annualRate: number;
  startDate: string;
  termYears: number;
  graceYears: number;
  method: 'annuity' | 'equal_principal';
  frequency: 'annual' | 'semiannual' | 'quarterly' | 'monthly';
  subsidyShare: number;
}

const LOANS: LoanCase[] = [
  { name: 'policy-loan-equal-principal-annual-grace', principal: 147_000_000, annualRate: 0.0441, startDate: '2016-06-20', termYears: 20, graceYears: 5, method: 'equal_principal', frequency: 'annual', subsidyShare: 0.9 },
  { name: 'bond-annuity-annual', principal: 42_000_000, annualRate: 0.0332, startDate: '2016-09-01', termYears: 10, graceYears: 0, method: 'annuity', frequency: 'annual', subsidyShare: 0 },
  { name: 'special-fund-equal-principal-semiannual', principal: 21_000_000, annualRate: 0.012, startDate: '2016-12-01', termYears: 20, graceYears: 3, method: 'equal_principal', frequency: 'semiannual', subsidyShare: 0 },
  { name: 'annuity-quarterly-grace-month-end', principal: 5_000_000, annualRate: 0.0441, startDate: '2018-08-31', termYears: 15, graceYears: 3, method: 'annuity', frequency: 'quarterly', subsidyShare: 0.9 },
  { name: 'annuity-monthly-month-end', principal: 1_000_000, annualRate: 0.049, startDate: '2024-01-31', termYears: 10, graceYears: 0, method: 'annuity', frequency: 'monthly', subsidyShare: 0 },
  { name: 'household-equal-principal-monthly', principal: 60_000, annualRate: 0.0435, startDate: '2017-05-31', termYears: 13, graceYears: 0, method: 'equal_principal', frequency: 'monthly', subsidyShare: 0.5 },
  { name: 'odd-amount-annuity-semiannual', principal: 1_234_567.89, annualRate: 0.0537, startDate: '2020-02-29', termYears: 7, graceYears: 2, method: 'annuity', frequency: 'semiannual', subsidyShare: 0.35 },
  { name: 'interest-free-equal-principal-monthly', principal: 1_000, annualRate: 0, startDate: '2021-03-15', termYears: 3, graceYears: 0, method: 'equal_principal', frequency: 'monthly', subsidyShare: 0 },
];

const PER_YEAR = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 } as const;

interface FunctionCase {
  rate: number;
  nper: number;
  pv: number;
  per: number;
  type: 0 | 1;
}

function functionCases(): FunctionCase[] {
  const cases: FunctionCase[] = [];
  for (const [annual, perYear] of [[0.0441, 1], [0.0441, 4], [0.0441, 12], [0.08, 12], [0.1, 12], [0.012, 2], [0.0332, 1], [0.18, 12]] as const) {
    for (const years of [1, 3, 10, 20]) {
      const nper = years * perYear;
      for (const pv of [8000, 1_000_000, 147_000_000]) {
        for (const type of [0, 1] as const) {
          const per = Math.max(1, Math.round(nper * 0.37));
          cases.push({ rate: annual / perYear, nper, pv, per, type });
        }
      }
    }
  }
  return cases;
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cell = (formula: string) => `<table:table-cell table:formula="${xmlEscape(`of:=${formula}`)}"/>`;
const valueCell = (value: number) => `<table:table-cell office:value-type="float" office:value="${value}"/>`;
const row = (cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;

function document(rows: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet><table:table table:name="Sheet1">
${rows.join('\n')}
</table:table></office:spreadsheet></office:body></office:document>
`;
}

/** Row 1: parameters in A1…J1. Rows 2…: one period each. Cell references are Calc's [.A1] form. */
function scheduleDocument(loan: LoanCase): string {
  const perYear = PER_YEAR[loan.frequency];
  const grace = loan.graceYears * perYear;
  const repay = (loan.termYears - loan.graceYears) * perYear;
  const total = grace + repay;
  const [y, m, d] = loan.startDate.split('-').map(Number);
  // A principal, B rate per period, C grace periods, D repayment periods, E 1 = annuity, F subsidy share,
  // G start date, H months per period, I level instalment, J level principal, K CUMIPMT over the repayment
  const parameters = [
    valueCell(loan.principal),
    cell(`${loan.annualRate}/${perYear}`),
    valueCell(grace),
    valueCell(repay),
    valueCell(loan.method === 'annuity' ? 1 : 0),
    valueCell(loan.subsidyShare),
    cell(`DATE(${y};${m};${d})`),
    valueCell(12 / perYear),
    cell('ROUND(-PMT([.B1];[.D1];[.A1]);2)'),
    cell('ROUND([.A1]/[.D1];2)'),
    cell(loan.annualRate > 0 ? 'CUMIPMT([.B1];[.D1];[.A1];1;[.D1];0)' : '0'),
  ];
  const rows = [row(parameters)];
  for (let period = 1; period <= total; period++) {
    const r = period + 1;
    const previousBalance = period === 1 ? '[.A1]' : `[.F${r - 1}]`;
    rows.push(
      row([
        valueCell(period),
        cell(`TEXT(EDATE([.G1];[.A${r}]*[.H1]);"YYYY-MM-DD")`),
        cell(`[.D${r}]+[.E${r}]`),
        cell(`ROUND(${previousBalance}*[.B1];2)`),
        cell(`IF([.A${r}]=${total};${previousBalance};IF([.A${r}]<=[.C1];0;MIN(${previousBalance};MAX(0;IF([.E1]=1;[.I1]-[.D${r}];[.J1])))))`),
        cell(`ROUND(${previousBalance}-[.E${r}];2)`),
        cell(`ROUND([.D${r}]*[.F1];2)`),
        cell(`ROUND([.D${r}]-[.G${r}];2)`),
      ]),
    );
  }
  return document(rows);
}

function functionsDocument(cases: FunctionCase[]): string {
  return document(
    cases.map((c) =>
      row([
        cell(`PMT(${c.rate};${c.nper};${c.pv};0;${c.type})`),
        cell(`IPMT(${c.rate};${c.per};${c.nper};${c.pv};0;${c.type})`),
        cell(`PPMT(${c.rate};${c.per};${c.nper};${c.pv};0;${c.type})`),
        cell(`CUMIPMT(${c.rate};${c.nper};${c.pv};1;${c.per};${c.type})`),
      ]),
    ),
  );
}

function parseCsv(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(',').map((value) => value.replace(/^"|"$/g, '')));
}

const work = mkdtempSync(path.join(tmpdir(), 'landlink-calc-'));
try {
  const functionCaseList = functionCases();
  writeFileSync(path.join(work, 'functions.fods'), functionsDocument(functionCaseList));
  LOANS.forEach((loan, i) => writeFileSync(path.join(work, `loan-${i}.fods`), scheduleDocument(loan)));
  const inputs = ['functions.fods', ...LOANS.map((_, i) => `loan-${i}.fods`)];
  // Token 9 = false: full precision, not the cells as displayed.
  execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false', '--outdir', work, ...inputs.map((f) => path.join(work, f))], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, HOME: work },
  });
  const calcVersion = execFileSync('soffice', ['--version'], { encoding: 'utf8', env: { ...process.env, HOME: work } }).trim();

  const functionRows = parseCsv(readFileSync(path.join(work, 'functions.csv'), 'utf8'));
  const functions = functionCaseList.map((c, i) => {
    const [pmt, ipmt, ppmt, cumipmt] = functionRows[i]!.map(Number);
    return { ...c, pmt, ipmt, ppmt, cumipmt };
  });
  writeFileSync(path.join(outDir, 'spreadsheet-functions.json'), JSON.stringify({ source: calcVersion, cases: functions }, null, 1) + '\n');

  const schedules = LOANS.map((loan, i) => {
    const [parameters, ...periods] = parseCsv(readFileSync(path.join(work, `loan-${i}.csv`), 'utf8'));
    const money = (value: string | undefined) => Math.round(Number(value) * 100) / 100;
    return {
      ...loan,
      cumipmt: Number(parameters![10]),
      payments: periods.map((p) => ({
        period: Number(p[0]),
        date: p[1],
        payment: money(p[2]),
        interest: money(p[3]),
        principal: money(p[4]),
        balance: money(p[5]),
        subsidy: money(p[6]),
        borrower_interest: money(p[7]),
      })),
    };
  });
  writeFileSync(path.join(outDir, 'loan-schedules.json'), JSON.stringify({ source: calcVersion, schedules }, null, 1) + '\n');
  console.log(`written: ${functions.length} function cases and ${schedules.length} schedules (${calcVersion})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

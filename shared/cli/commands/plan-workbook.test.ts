// The plan's workbook, recalculated by LibreOffice headless (the oracle): every formula cell LibreOffice recomputes
// equals the value Landlink cached in it, to the fen; and after assumption cells are changed in the file (with exceljs,
// as a user would in Excel), LibreOffice's totals equal Landlink's own plan for the same change. Skipped, with the
// reason printed, only where soffice is missing (CI installs libreoffice-calc-nogui).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import initSqlJs, { type Database } from 'sql.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { ASSUMPTION_CELLS, ASSUMPTIONS_SHEET, PLAN_SHEET, SUMMARY_CELLS } from '../../finance/workbook/plan-workbook';
import { readLedgerRows } from '../../ledger/read-ledger-rows';
import { repaymentReport } from '../../ledger/repayment-model-report';
import { setMeta } from '../../project/project-meta';
import { exportProject } from '../../project/export-project';
import { main } from '../main';

const soffice = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
})();
if (!soffice) console.log('plan workbook: LibreOffice (soffice) is not installed here, so the recalculation tests are skipped; apt-get install -y libreoffice-calc-nogui');

const AS_OF = '2026-12-01';
let folder: string;
let project: string;
let db: Database;

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'landlink-plan-xlsx-'));
  project = path.join(folder, 'sample.gpkg');
  db = buildSampleProject(await initSqlJs(), {});
  // Terms as a policy bank writes them: DK-01 follows the LPR + 91 bp reset every 1 January, with a prepayment and a
  // lower subsidy in 2030; the LPR path and a price path are assumptions of the plan.
  setMeta(db, 'ledger.loan_terms', JSON.stringify({ 'DK-01': { rate: { kind: 'lpr', spread: 0.0091, resetMonthDay: '01-01' }, prepayments: [{ date: '2028-03-01', amountYuan: 10_000_000 }], subsidyByYear: { '2030': 0.8 } } }));
  setMeta(db, 'ledger.plan_assumptions', JSON.stringify({ lprPath: { base: 0.035, byYear: { '2027': 0.0325, '2029': 0.03 } }, pricePath: { intra_province: { '2029': 220_000 } }, reserveShare: 0.9 }));
  writeFileSync(project, exportProject(db));
});
afterAll(() => {
  db.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Opens the workbook in LibreOffice with "always recalculate on load" and saves it again as XLSX; returns the copy. */
function recalculate(file: string): string {
  const profile = path.join(folder, 'lo-profile');
  mkdirSync(path.join(profile, 'user'), { recursive: true });
  writeFileSync(
    path.join(profile, 'user', 'registrymodifications.xcu'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n` +
      `<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>\n</oor:items>\n`,
  );
  const out = path.join(folder, `recalculated-${path.basename(file, '.xlsx')}`);
  mkdirSync(out, { recursive: true });
  execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xlsx', '--outdir', out, file], { stdio: 'pipe', timeout: 120_000 });
  return path.join(out, path.basename(file));
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

/** A cell's value as a comparable thing: numbers in fen (rates in 1e-9), dates as ISO text, text as is. */
function comparable(value: unknown, numFmt: string | undefined): string | number | null {
  // exceljs reads a cached 0 as no result at all; compare it as 0.
  if (value === null || value === undefined) return numFmt && numFmt !== '@' ? 0 : null;
  if (value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return numFmt?.includes('%') ? Math.round(value * 1e9) : Math.round(value * 100);
  if (typeof value === 'object' && value && 'error' in value) return `#${String((value as { error: string }).error)}`;
  return String(value);
}

function resultOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as ExcelJS.CellFormulaValue | ExcelJS.CellValue;
  return v && typeof v === 'object' && 'formula' in v ? v.result : v;
}

async function writePlan(out: string, extra: string[] = []): Promise<void> {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  expect(await main(['plan', project, '--as-of', AS_OF, '--xlsx', out, ...extra])).toBe(0);
  vi.restoreAllMocks();
}

describe('a project with loan terms and plan assumptions in landlink_meta', () => {
  it('stays a GeoPackage that ogrinfo opens without a warning', () => {
    const run = spawnSync('ogrinfo', ['-ro', '-so', '-al', project], { encoding: 'utf8' });
    if (run.error) return console.log(`ogrinfo (gdal-bin) could not run here (${run.error.message}); skipped`);
    // GDAL writes its warnings to stderr.
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).toBe(0);
    expect(output).toContain('Layer name: loans');
    expect(output).not.toMatch(/Warning|ERROR/);
  });
});

describe.skipIf(!soffice)('plan workbook recalculated by LibreOffice', () => {
  it('has every formula cell equal to Landlink\'s value, to the fen', async () => {
    const file = path.join(folder, 'plan.xlsx');
    await writePlan(file);
    const ours = await load(file);
    const theirs = await load(recalculate(file));
    let formulas = 0;
    const differences: string[] = [];
    ours.eachSheet((sheet) => {
      const other = theirs.getWorksheet(sheet.name);
      expect(other, `LibreOffice kept the sheet ${sheet.name}`).toBeDefined();
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (!(cell.value && typeof cell.value === 'object' && 'formula' in cell.value)) return;
          formulas++;
          const mine = comparable(resultOf(cell), cell.numFmt);
          const recalculated = comparable(resultOf(other!.getCell(cell.address)), cell.numFmt);
          if (mine !== recalculated) differences.push(`${sheet.name}!${cell.address} ${cell.value.formula}: Landlink ${mine}, LibreOffice ${recalculated}`);
        }),
      );
    });
    expect(differences.slice(0, 20)).toEqual([]);
    expect(formulas).toBeGreaterThan(900);
    expect(ours.worksheets.map((s) => s.name)).toEqual([ASSUMPTIONS_SHEET, '贷款 DK-01', '贷款 DK-02', '贷款 DK-03', PLAN_SHEET, '逾期应收', '情景 Scenarios']);
  }, 180_000);

  it('after assumption cells are changed in the file, recalculates to Landlink\'s plan for the same change', async () => {
    const file = path.join(folder, 'plan.xlsx');
    await writePlan(file);
    const workbook = await load(file);
    const assumptions = workbook.getWorksheet(ASSUMPTIONS_SHEET)!;
    // 20 % lower price, 120 mu a year, a one-year delay, the LPR one point higher, overdue dropped.
    assumptions.getCell(ASSUMPTION_CELLS.priceChange).value = -0.2;
    assumptions.getCell(ASSUMPTION_CELLS.paceMuPerYear).value = 120;
    assumptions.getCell(ASSUMPTION_CELLS.delayYears).value = 1;
    assumptions.getCell(ASSUMPTION_CELLS.lprShift).value = 0.01;
    assumptions.getCell(ASSUMPTION_CELLS.keepOverdue).value = 0;
    const changed = path.join(folder, 'changed.xlsx');
    writeFileSync(changed, new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    const recalculated = await load(recalculate(changed));
    const sheet = recalculated.getWorksheet(PLAN_SHEET)!;

    const read = readLedgerRows(db);
    const stored = { ...read.settings.planAssumptions, salesPace: { kind: 'mu_per_year' as const, muPerYear: 120 }, overdue: 'drop' as const };
    const report = repaymentReport({ ...read, settings: { ...read.settings, planAssumptions: stored } }, AS_OF, { priceChange: -0.2, delayYears: 1, lprShift: 0.01 });
    // exceljs leaves out a cached result of 0.
    const fen = (x: unknown) => Math.round(Number(x ?? 0) * 100);
    const byYear = new Map<number, number>();
    sheet.eachRow((row, n) => {
      if (n > 1 && typeof row.getCell(1).value === 'number') byYear.set(row.getCell(1).value as number, n);
    });
    for (const y of report.plan.years) {
      const n = byYear.get(y.year)!;
      expect([y.year, fen(resultOf(sheet.getCell(`C${n}`))), fen(resultOf(sheet.getCell(`I${n}`))), fen(resultOf(sheet.getCell(`J${n}`))), fen(resultOf(sheet.getCell(`L${n}`)))]).toEqual([y.year, fen(y.debt_service), fen(y.expected_unsold), fen(y.quota_income), fen(y.cumulative)]);
    }
    // Years the sheet runs past the plan carry nothing.
    for (const [year, n] of byYear) if (year > report.plan.years.at(-1)!.year) expect(fen(resultOf(sheet.getCell(`J${n}`)))).toBe(0);
    expect(Number(resultOf(sheet.getCell(SUMMARY_CELLS.coverage)))).toBeCloseTo(report.plan.coverage!, 9);
    expect(resultOf(sheet.getCell(SUMMARY_CELLS.firstShortfall)) || null).toBe(report.plan.first_shortfall_year);
    expect(fen(resultOf(sheet.getCell(SUMMARY_CELLS.minFutureCumulative)))).toBe(fen(report.plan.min_future_cumulative));
    // And the change moved the totals: the base plan differs.
    const base = repaymentReport(read, AS_OF, {});
    expect(report.plan.years.reduce((s, y) => s + y.quota_income, 0)).not.toBeCloseTo(base.plan.years.reduce((s, y) => s + y.quota_income, 0), 0);
  }, 180_000);
});

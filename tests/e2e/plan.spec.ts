// The repayment plan as the finance office reads it before signing: as of today the past is history (grey, not an
// alarm) and the headline is the coverage of the coming years; the overdue instalments show on the overview; editing
// the sales pace moves the chart; the workbook with formulas downloads. Nothing leaves 127.0.0.1.
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { test, expect, externalRequests, openAppWithSample } from './app-fixture';

async function openLedgerTab(page: Page, tab: 'plan' | 'dashboard'): Promise<void> {
  const workspace = page.getByTestId('ledger-workspace');
  if (!(await workspace.isVisible())) {
    await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
    await page.keyboard.press('Control+l');
  }
  await expect(workspace).toBeVisible();
  await page.getByTestId(`ledger-tab-${tab}`).click();
  await expect(page.getByTestId(`ledger-${tab}`)).toBeVisible();
}

const chartPixels = (page: Page) => page.getByTestId('plan-chart').locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

test('as of today the past is history and the headline is the coverage from this year on', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedgerTab(page, 'plan');
  const thisYear = new Date().getFullYear();
  await expect(page.getByTestId('ledger-plan')).toContainText(`覆盖率（${thisYear}年起）`);
  await expect(page.getByTestId('plan-coverage')).toContainText('%');
  // The sample's loans started paying in 2017 before any quota income: a shortfall that is history now.
  const first = page.locator('[data-testid="plan-year"][data-year="2017"]');
  await expect(first).toHaveAttribute('data-phase', 'history');
  await expect(first).not.toHaveClass(/bad/);
  await expect(first).toContainText('历史');
  await expect(page.locator(`[data-testid="plan-year"][data-year="${thisYear}"]`)).toHaveAttribute('data-phase', 'current');
  await expect(page.locator(`[data-testid="plan-year"][data-year="${thisYear + 1}"]`)).toHaveAttribute('data-phase', 'forecast');
  const shortfall = await page.getByTestId('plan-first-shortfall').getAttribute('data-value');
  expect(shortfall === '' || Number(shortfall) >= thisYear, `first shortfall ${shortfall} is not in the past`).toBe(true);
  // Scenarios side by side: a 30 % lower price covers less than the base.
  const coverage = async (id: string) => Number((await page.locator(`[data-testid="plan-scenario-row"][data-id="${id}"] td`).nth(1).textContent())!.replace(/[%\s,]/g, ''));
  expect(await coverage('price_-30')).toBeLessThan(await coverage('base'));
  await expect(page.getByTestId('plan-sensitivity')).toBeVisible();
  await page.screenshot({ path: new URL('./screenshots/landlink-plan-as-of-today.png', import.meta.url).pathname });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('an overdue instalment appears on the overview and on the plan', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedgerTab(page, 'dashboard');
  // JY-2022-04-1 has instalments due from 2024-12-31 and nothing received.
  const row = page.locator('[data-testid="dashboard-overdue-row"][data-sale="JY-2022-04-1"]').first();
  await expect(row).toBeVisible();
  expect(Number(await row.locator('td').nth(5).textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('dashboard-overdue-total')).not.toHaveText('0');
  await openLedgerTab(page, 'plan');
  await expect(page.locator('[data-testid="plan-overdue-row"][data-sale="JY-2022-04-1"]').first()).toBeVisible();
  // Nothing of JY-2022-04-1 was received: its standing says so.
  await expect(page.locator('[data-testid="plan-standing-row"][data-sale="JY-2022-04-1"]')).toHaveAttribute('data-standing', 'unpaid');
  const total = Number(await page.getByTestId('plan-overdue').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  // Dropping overdue receivables from the forecast takes them out of this year's income, and they stay listed.
  const thisYear = new Date().getFullYear();
  const overdueCell = page.locator(`[data-testid="plan-year"][data-year="${thisYear}"] td.overdue`);
  await expect(overdueCell).not.toHaveText('');
  await page.getByTestId('assumption-overdue').selectOption('drop');
  await page.getByTestId('assumptions-save').click();
  await expect(overdueCell).toHaveText('');
  await expect(page.locator('[data-testid="plan-overdue-row"]').first()).toBeVisible();
  expect(externalRequests(network.urls)).toEqual([]);
});

test('editing the sales pace moves the chart, and the workbook with formulas downloads', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedgerTab(page, 'plan');
  const chart = page.getByTestId('plan-chart');
  await expect(chart).toHaveAttribute('data-assumed', /\d{4}:/);
  const before = (await chart.getAttribute('data-assumed'))!;
  const pixelsBefore = await chartPixels(page);
  await expect(page.getByTestId('plan-assumptions')).toContainText('按本县以往销售进度');
  await page.getByTestId('assumption-pace').fill('0');
  await page.getByTestId('assumptions-save').click();
  await expect(page.getByTestId('assumption-pace-message')).toBeVisible();
  await page.getByTestId('assumption-pace').fill('60');
  await page.getByTestId('assumptions-save').click();
  await expect(chart).not.toHaveAttribute('data-assumed', before);
  const after = (await chart.getAttribute('data-assumed'))!;
  // 60 mu a year spreads the unsold quota over more years than the county's past pace did.
  expect(after.split(',').length).toBeGreaterThan(before.split(',').length);
  await expect.poll(() => chartPixels(page)).not.toBe(pixelsBefore);
  await expect(page.getByTestId('assumption-pace')).toHaveValue('60');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-plan-workbook').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('还款计划测算.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  expect(workbook.worksheets.map((s) => s.name)).toEqual(expect.arrayContaining(['假设', '年度计划', '逾期应收']));
  expect(workbook.worksheets.some((s) => s.name.startsWith('贷款 '))).toBe(true);
  expect(workbook.getWorksheet('假设')!.getCell('B5').value).toBe(60);
  const coverage = workbook.getWorksheet('年度计划')!.getCell('Q2').value as ExcelJS.CellFormulaValue;
  expect(coverage.formula).toContain('SUMIF');
  expect(Number(coverage.result)).toBeCloseTo(Number(await page.getByTestId('plan-coverage').getAttribute('data-value')), 9);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a loan written as banks write it: LPR + spread reset yearly and a prepayment, and the LPR assumption moves the plan', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedgerTab(page, 'plan');
  const coverage = async () => Number(await page.getByTestId('plan-coverage').getAttribute('data-value'));
  await expect(page.getByTestId('plan-coverage')).toContainText('%');
  const fixed = await coverage();
  await page.getByTestId('ledger-tab-loans').click();
  const row = page.locator('[data-testid="ledger-loan-row"][data-code="DK-01"]');
  await row.getByTestId('loan-edit').click();
  await page.getByTestId('loan-rate-kind').selectOption('lpr');
  await page.getByTestId('loan-reset').fill('13-01');
  await page.getByTestId('loan-save').click();
  await expect(page.getByTestId('loan-reset-message')).toBeVisible();
  await page.getByTestId('loan-reset').fill('01-01');
  await page.getByTestId('loan-spread').fill('200');
  await page.getByTestId('loan-prepayments').fill('2030-03-01 1000');
  await page.getByTestId('loan-save').click();
  await expect(page.getByTestId('loan-form')).toBeHidden();
  await expect(row.getByTestId('loan-rate-cell')).toHaveText('LPR + 200 bp');
  // LPR 3.5 % + 2 points is above the fixed 4.41 % from the next reset on: the plan covers less.
  await openLedgerTab(page, 'plan');
  await expect.poll(coverage).not.toBeCloseTo(fixed, 6);
  const withLpr = await coverage();
  // A higher LPR assumed costs more: coverage goes down again.
  await page.getByTestId('assumption-lpr').fill('5');
  await page.getByTestId('assumptions-save').click();
  await expect.poll(coverage).toBeLessThan(withLpr);
  expect(externalRequests(network.urls)).toEqual([]);
});

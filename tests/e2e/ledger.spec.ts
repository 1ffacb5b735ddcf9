// The 账本 (ledger) workspace as county staff use it: open it with Ctrl+L, accept a parcel in the attribute table and
// see the project's surplus and the plan's coverage change at once, have a sale beyond the available quota refused
// with the ledger's message at the field, and see the repayment plan drawn. Nothing leaves 127.0.0.1.
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
const number = (text: string | null): number => Number((text ?? '').replace(/[,\s%]/g, ''));

async function openLedger(page: Page, tab: 'projects' | 'sales' | 'loans' | 'plan' | 'dashboard'): Promise<Locator> {
  const workspace = page.getByTestId('ledger-workspace');
  if (!(await workspace.isVisible())) {
    await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
    await page.keyboard.press('Control+l');
  }
  await expect(workspace).toBeVisible();
  await page.getByTestId(`ledger-tab-${tab}`).click();
  await expect(page.getByTestId(`ledger-${tab}`)).toBeVisible();
  return workspace;
}

const projectCell = (page: Page, code: string, column: string): Locator => page.locator(`[data-testid="ledger-project-row"][data-code="${code}"] [data-column="${column}"]`);

/** A linkage project that already has surplus quota (so accepting one more parcel raises it), with its figures. */
async function projectWithSurplus(page: Page): Promise<string> {
  const rows = page.getByTestId('ledger-project-row');
  await expect(rows.first()).toBeVisible();
  for (const row of await rows.all()) {
    const surplus = number(await row.locator('[data-column="surplus"]').textContent());
    if (surplus > 0) return (await row.getAttribute('data-code'))!;
  }
  throw new Error('the sample county has no linkage project with surplus quota');
}

/** Fraction of the plan chart's canvas pixels that are painted (not transparent, not white). */
async function paintedShare(page: Page): Promise<number> {
  return page.getByTestId('plan-chart').locator('canvas').first().evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d')!;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && !(data[i]! > 245 && data[i + 1]! > 245 && data[i + 2]! > 245)) painted++;
    return painted / (data.length / 4);
  });
}

test('accepting a parcel in the table raises its project surplus and changes the plan coverage', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'projects');
  await projectWithSurplus(page);
  const surplusBefore = new Map<string, number>();
  for (const row of await page.getByTestId('ledger-project-row').all()) surplusBefore.set((await row.getAttribute('data-code'))!, number(await row.locator('[data-column="surplus"]').textContent()));
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-projects.png` });
  await openLedger(page, 'plan');
  await expect(page.getByTestId('plan-coverage')).toContainText('%');
  const coverageBefore = (await page.getByTestId('plan-coverage').getAttribute('data-value'))!;
  await page.getByTestId('ledger-close').click();
  await expect(page.getByTestId('ledger-workspace')).toBeHidden();

  // In the attribute table (Ctrl+T): the first planned parcel (规划) of a project with surplus becomes 已验收.
  await page.keyboard.press('Control+t');
  await expect(page.getByTestId('attribute-table')).toBeVisible();
  await page.getByTestId('status-filter-planned').click();
  await expect.poll(async () => new Set(await page.locator('[data-testid="table-row"] [data-column="status"]').allTextContents())).toEqual(new Set(['规划']));
  let fid = '';
  let code = '';
  for (const row of await page.getByTestId('table-row').all()) {
    const project = ((await row.locator('[data-column="project_code"]').textContent()) ?? '').trim();
    if ((surplusBefore.get(project) ?? 0) > 0) {
      fid = (await row.getAttribute('data-fid'))!;
      code = project;
      break;
    }
  }
  expect(code, 'a planned parcel of a linkage project with surplus').not.toBe('');
  const status = page.locator(`[data-testid="table-row"][data-fid="${fid}"] [data-column="status"]`);
  await status.dblclick();
  const editor = page.getByTestId('cell-editor-input');
  await expect(editor).toBeFocused();
  await editor.selectOption('accepted');
  await editor.press('Enter');
  await expect(page.getByTestId('dirty-mark')).toBeVisible();

  // The ledger shows the new surplus and the plan a new coverage, without anything else done.
  await openLedger(page, 'projects');
  await expect.poll(async () => number(await projectCell(page, code, 'surplus').textContent())).toBeGreaterThan(surplusBefore.get(code)!);
  await openLedger(page, 'plan');
  await expect(page.getByTestId('plan-coverage')).not.toHaveAttribute('data-value', coverageBefore);
  await expect.poll(() => paintedShare(page)).toBeGreaterThan(0.01);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-plan.png` });

  // A what-if: a 50 % lower price for unsold quota lowers the coverage.
  const coverageAccepted = Number(await page.getByTestId('plan-coverage').getAttribute('data-value'));
  await page.getByTestId('scenario-price').fill('-50');
  await expect.poll(async () => Number(await page.getByTestId('plan-coverage').getAttribute('data-value'))).toBeLessThan(coverageAccepted);

  expect(externalRequests(network.urls)).toEqual([]);
});

test('a sale beyond the available quota is refused with the message at the field; one within it is added', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'projects');
  const code = await projectWithSurplus(page);
  const available = number(await projectCell(page, code, 'available').textContent());
  await openLedger(page, 'sales');
  const salesBefore = await page.getByTestId('ledger-sale-row').count();
  await page.getByTestId('add-sale-project').selectOption(code);
  await page.getByTestId('add-sale-buyer').fill('浙江省某市');
  await page.getByTestId('add-sale-mu').fill(String(Math.ceil(available) + 500));
  await page.getByTestId('add-sale-submit').click();
  const message = page.getByTestId('add-sale-message');
  await expect(message).toContainText(`挂钩项目 ${code} 可交易指标仅剩`);
  await expect(page.getByTestId('add-sale-mu')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('ledger-sale-row')).toHaveCount(salesBefore);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-sale-refused.png` });

  // Within the available quota the sale is added (preset price filled in) and the project's available quota drops.
  if (available >= 1) {
    await page.getByTestId('add-sale-mu').fill('1');
    await page.getByTestId('add-sale-submit').click();
    await expect(message).toBeHidden();
    await expect(page.getByTestId('ledger-sale-row')).toHaveCount(salesBefore + 1);
    await openLedger(page, 'projects');
    await expect.poll(async () => number(await projectCell(page, code, 'available').textContent())).toBeCloseTo(available - 1, 2);
  }

  // A due tranche is recorded as received: the sale's received amount grows by it.
  await openLedger(page, 'sales');
  const dueOptions = page.getByTestId('add-payment-due').locator('option');
  for (let i = 0; i < (await page.getByTestId('add-payment-sale').locator('option').count()) && (await dueOptions.count()) < 2; i++) {
    await page.getByTestId('add-payment-sale').selectOption({ index: i });
  }
  const saleCode = await page.getByTestId('add-payment-sale').inputValue();
  const received = page.locator(`[data-testid="ledger-sale-row"][data-code="${saleCode}"] [data-column="received"]`);
  const receivedBefore = number(await received.textContent());
  await page.getByTestId('add-payment-due').selectOption({ index: 1 });
  await page.getByTestId('add-payment-submit').click();
  await expect(page.getByTestId('add-payment-message')).toBeHidden();
  await expect.poll(async () => number(await received.textContent())).toBeGreaterThan(receivedBefore);

  // The sales table exports to XLSX with the screen's headers; the spreadsheet reads back the same rows.
  await openLedger(page, 'sales');
  const download = page.waitForEvent('download');
  await page.getByTestId('export-sales-xlsx').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('指标交易.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await file.path())!);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('交易编号');
  expect(sheet.rowCount - 1).toBe(await page.getByTestId('ledger-sale-row').count());

  await openLedger(page, 'loans');
  await expect(page.getByTestId('loan-schedule').locator('tbody tr').first()).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-loans.png` });
  await openLedger(page, 'dashboard');
  await expect(page.getByTestId('dashboard-surplus')).toContainText('亩');
  await expect(page.getByTestId('status-chart').locator('canvas')).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-dashboard.png` });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('the ledger speaks English too, Escape closes it, and a project is shown on the map', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'plan');
  await page.keyboard.press('Control+Shift+l');
  await expect(page.getByTestId('ledger-tab-plan')).toHaveText('Repayment plan');
  await expect(page.getByTestId('ledger-plan')).toContainText('Coverage (income ÷ debt service)');
  await expect(page.getByTestId('plan-chart')).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-plan-english.png` });
  await page.getByTestId('ledger-workspace').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('ledger-workspace')).toBeHidden();

  // Show on map: the ledger closes and the project's parcels are selected and in view.
  await openLedger(page, 'projects');
  await page.getByTestId('show-project-on-map').first().click();
  await expect(page.getByTestId('ledger-workspace')).toBeHidden();
  await waitForMapIdle(page);
  await expect
    .poll(() => page.evaluate(() => window.__landlinkMap!.queryRenderedFeatures({ layers: ['selection-highlight-reclaim_parcels'] }).length))
    .toBeGreaterThan(0);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-show-on-map.png` });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('taking a parcel out of accepted status when its quota is sold warns, naming the sale; cancel keeps it, confirm saves it', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'projects');
  await projectWithSurplus(page);
  const availableOf = new Map<string, number>();
  for (const r of await page.getByTestId('ledger-project-row').all()) availableOf.set((await r.getAttribute('data-code'))!, number(await r.locator('[data-column="available"]').textContent()));
  await page.getByTestId('ledger-close').click();

  // In the attribute table (accepted parcels only), a parcel of a project with quota left to sell.
  await page.keyboard.press('Control+t');
  await page.getByTestId('status-filter-accepted').click();
  await expect.poll(async () => new Set(await page.locator('[data-testid="table-row"] [data-column="status"]').allTextContents())).toEqual(new Set(['已验收']));
  let fid = '';
  let code = '';
  for (const row of await page.getByTestId('table-row').all()) {
    const project = ((await row.locator('[data-column="project_code"]').textContent()) ?? '').trim();
    if ((availableOf.get(project) ?? 0) > 1) {
      fid = (await row.getAttribute('data-fid'))!;
      code = project;
      break;
    }
  }
  expect(code, 'an accepted parcel of a project with quota left').not.toBe('');

  // Sell all but ~0.1 mu of that project's available quota, so taking any accepted parcel away breaks the sale.
  const mu = (Math.floor((availableOf.get(code)! - 0.1) * 100) / 100).toFixed(2);
  await openLedger(page, 'sales');
  await page.getByTestId('add-sale-project').selectOption(code);
  await page.getByTestId('add-sale-buyer').fill('浙江省某市（测试）');
  await page.getByTestId('add-sale-mu').fill(mu);
  await page.getByTestId('add-sale-submit').click();
  await expect(page.getByTestId('add-sale-message')).toBeHidden();
  const saleRow = page.getByTestId('ledger-sale-row').filter({ hasText: '浙江省某市（测试）' });
  await expect(saleRow).toHaveCount(1);
  const saleCode = (await saleRow.getAttribute('data-code'))!;
  await page.getByTestId('ledger-close').click();

  // The parcel goes back to 已完工（初验）: the ledger asks first, naming the sale, its mu and buyer.
  const status = page.locator(`[data-testid="table-row"][data-fid="${fid}"] [data-column="status"]`);
  await status.dblclick();
  await page.getByTestId('cell-editor-input').selectOption('completed');
  await page.getByTestId('cell-editor-input').press('Enter');
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('此修改影响已交易的指标');
  await expect(dialog).toContainText(saleCode);
  await expect(dialog).toContainText(`${mu} 亩，浙江省某市（测试）`);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-status-warning.png` });

  // Cancel: nothing changed, the cell shows 已验收 again.
  await page.getByTestId('dialog-cancel').click();
  await expect(dialog).toBeHidden();
  await expect(status).toHaveText('已验收');

  // Confirm: the parcel is saved (it leaves the accepted-only table) and the project is oversold in the ledger.
  await status.dblclick();
  await page.getByTestId('cell-editor-input').selectOption('completed');
  await page.getByTestId('cell-editor-input').press('Enter');
  await page.getByTestId('dialog-proceed').click();
  await expect(page.locator(`[data-testid="table-row"][data-fid="${fid}"]`)).toHaveCount(0);
  await openLedger(page, 'projects');
  await expect.poll(async () => number(await projectCell(page, code, 'available').textContent())).toBeLessThan(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a loan edited in the ledger changes its schedule and the plan; a bad grace period is named at its field', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'plan');
  await expect(page.getByTestId('plan-coverage')).toContainText('%');
  const coverageBefore = Number(await page.getByTestId('plan-coverage').getAttribute('data-value'));

  await openLedger(page, 'loans');
  const row = page.locator('[data-testid="ledger-loan-row"][data-code="DK-02"]');
  await row.getByTestId('loan-edit').click();
  const form = page.getByTestId('loan-form');
  await expect(form).toBeVisible();
  // The grace period must be shorter than the term: said at the field, nothing saved.
  await page.getByTestId('loan-grace').fill(await page.getByTestId('loan-term').inputValue());
  await page.getByTestId('loan-save').click();
  await expect(page.getByTestId('loan-grace-message')).toHaveText('宽限期必须短于贷款期限。');
  await expect(page.getByTestId('loan-grace')).toHaveAttribute('aria-invalid', 'true');
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-loan-form.png` });

  // Triple the principal: the schedule's total principal and the plan's coverage follow.
  await page.getByTestId('loan-grace').fill('0');
  const principal = Number(await page.getByTestId('loan-principal').inputValue());
  await page.getByTestId('loan-principal').fill(String(principal * 3));
  await page.getByTestId('loan-save').click();
  await expect(form).toBeHidden();
  await expect(page.getByTestId('loan-schedule').locator('tfoot td').nth(3)).toContainText((principal * 3 * 10_000).toLocaleString('en-US', { minimumFractionDigits: 2 }));
  await openLedger(page, 'plan');
  await expect.poll(async () => Number(await page.getByTestId('plan-coverage').getAttribute('data-value'))).toBeLessThan(coverageBefore);

  // Undo (Ctrl+Z) brings the loan and the coverage back.
  await page.getByTestId('ledger-close').click();
  await page.keyboard.press('Control+z');
  await openLedger(page, 'plan');
  await expect.poll(async () => Number(await page.getByTestId('plan-coverage').getAttribute('data-value'))).toBeCloseTo(coverageBefore, 6);

  // A new loan is added with the form, then deleted.
  await openLedger(page, 'loans');
  const loans = await page.getByTestId('ledger-loan-row').count();
  await page.getByTestId('loan-add').click();
  await page.getByTestId('loan-save').click();
  await expect(page.getByTestId('loan-lender-message')).toBeVisible();
  await expect(page.getByTestId('loan-principal-message')).toBeVisible();
  await page.getByTestId('loan-lender').fill('农业发展银行（测试）');
  await page.getByTestId('loan-principal').fill('500');
  await page.getByTestId('loan-start').fill('2020-03-01');
  await page.getByTestId('loan-frequency').selectOption('quarterly');
  await page.getByTestId('loan-save').click();
  await expect(page.getByTestId('ledger-loan-row')).toHaveCount(loans + 1);
  await page.getByTestId('ledger-loan-row').last().getByTestId('loan-delete').click();
  await page.getByTestId('dialog-delete').click();
  await expect(page.getByTestId('ledger-loan-row')).toHaveCount(loans);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('county targets show progress on the overview, the as-of date moves the figures, and the overview exports', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'dashboard');
  await expect(page.getByTestId('targets-panel')).toContainText('尚未设置目标任务');
  await page.getByTestId('targets-edit').click();
  await page.getByTestId('target-households').fill('-5');
  await page.getByTestId('targets-save').click();
  await expect(page.getByTestId('target-households-message')).toBeVisible();
  await page.getByTestId('target-households').fill('5000');
  await page.getByTestId('target-reclaimedMu').fill('4000');
  await page.getByTestId('target-loansRepaidYuan').fill('21000');
  await page.getByTestId('targets-save').click();
  await expect(page.getByTestId('target-row')).toHaveCount(3);
  const repaid = page.locator('[data-testid="target-row"][data-key="loansRepaidYuan"] [data-testid="target-progress"]');
  const repaidToday = Number(await repaid.getAttribute('data-value'));
  expect(repaidToday).toBeGreaterThan(0);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-targets.png` });

  // As of 2018, less of the loans was repaid.
  await page.getByTestId('ledger-asof').fill('2018-12-31');
  await expect.poll(async () => Number(await repaid.getAttribute('data-value'))).toBeLessThan(repaidToday);
  await page.getByTestId('ledger-asof-today').click();
  await expect.poll(async () => Number(await repaid.getAttribute('data-value'))).toBeCloseTo(repaidToday, 9);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-dashboard-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('一张图概况.csv');
  const text = (await import('node:fs')).readFileSync((await file.path())!, 'utf8');
  expect(text).toContain('搬迁户数');
  expect(text).toContain('5000');
  expect(externalRequests(network.urls)).toEqual([]);
});

test('linkage lines from reclaimed parcels to construction plots are drawn when their layer is turned on', async ({ page, network }) => {
  await openAppWithSample(page);
  const lineLayers = ['linkage-lines', 'linkage-lines-accepted'];
  const drawn = () => page.evaluate((ids) => ids.reduce((n, id) => n + window.__landlinkMap!.queryRenderedFeatures({ layers: [id] }).length, 0), lineLayers);
  await expect(page.getByTestId('layer-visible-linkage_lines')).not.toBeChecked();
  expect(await drawn()).toBe(0);
  await page.getByTestId('layer-visible-linkage_lines').check();
  await waitForMapIdle(page);
  await expect.poll(drawn).toBeGreaterThan(50);
  const sample = await page.evaluate(() => window.__landlinkMap!.queryRenderedFeatures({ layers: ['linkage-lines-accepted'] })[0]?.properties);
  expect(sample?.parcel_code).toMatch(/^FK-/);
  expect(sample?.plot_code).toBeTruthy();
  await expect(page.getByTestId('layer-count-linkage_lines')).not.toHaveText('');
  await page.screenshot({ path: `${screenshotDir}/landlink-linkage-lines.png` });
  await page.getByTestId('layer-visible-linkage_lines').uncheck();
  await waitForMapIdle(page);
  await expect.poll(drawn).toBe(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('on the map: a planned parcel clicked and accepted in its form raises the surplus and moves the plan coverage', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'projects');
  const surplusOf = new Map<string, number>();
  for (const r of await page.getByTestId('ledger-project-row').all()) surplusOf.set((await r.getAttribute('data-code'))!, number(await r.locator('[data-column="surplus"]').textContent()));
  await openLedger(page, 'plan');
  await expect(page.getByTestId('plan-coverage')).toContainText('%');
  const coverageBefore = (await page.getByTestId('plan-coverage').getAttribute('data-value'))!;
  await page.getByTestId('ledger-close').click();

  // Zoom to a planned parcel of a project with surplus and click it (old houses hidden: their points sit on parcels).
  await page.getByTestId('layer-visible-old_houses').uncheck();
  const parcel = await page.evaluate(async (withSurplus) => {
    const map = window.__landlinkMap!;
    const found = map.querySourceFeatures('reclaim_parcels').find((f) => f.properties.status === 'planned' && withSurplus.includes(String(f.properties.project_code)))!;
    const geometry = found.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
    const lon = ring.slice(0, -1).reduce((s, p) => s + p[0]!, 0) / (ring.length - 1);
    const lat = ring.slice(0, -1).reduce((s, p) => s + p[1]!, 0) / (ring.length - 1);
    map.jumpTo({ center: [lon, lat], zoom: 17 });
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const point = map.project([lon, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y, code: String(found.properties.code), project: String(found.properties.project_code) };
  }, [...surplusOf].filter(([, s]) => s > 0).map(([c]) => c));
  await page.mouse.click(parcel.x, parcel.y);
  await expect(page.getByTestId('feature-panel')).toContainText(parcel.code);
  await page.getByTestId('feature-panel').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('feature-form')).toBeVisible();
  await page.getByTestId('form-field-status').selectOption('accepted');
  await page.getByTestId('form-save').click();
  await expect(page.getByTestId('feature-form')).toHaveCount(0);
  await waitForMapIdle(page);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-accepted-on-map.png` });

  await openLedger(page, 'projects');
  await expect.poll(async () => number(await projectCell(page, parcel.project, 'surplus').textContent())).toBeGreaterThan(surplusOf.get(parcel.project)!);
  await openLedger(page, 'plan');
  await expect(page.getByTestId('plan-coverage')).not.toHaveAttribute('data-value', coverageBefore);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('setting the status of many selected parcels (Ctrl+Alt+S) asks before it breaks sales; cancelled, nothing changes', async ({ page, network }) => {
  await openAppWithSample(page);
  await openLedger(page, 'projects');
  // A project with sales: its parcels are selected from the ledger (在地图上查看).
  let code = '';
  for (const r of await page.getByTestId('ledger-project-row').all()) {
    if (number(await r.locator('[data-column="sold"]').textContent()) > 0) {
      code = (await r.getAttribute('data-code'))!;
      await r.getByTestId('show-project-on-map').click();
      break;
    }
  }
  expect(code).not.toBe('');
  await expect(page.getByTestId('ledger-workspace')).toBeHidden();
  await waitForMapIdle(page);
  const selected = await page.evaluate(() => window.__landlinkState!().selection?.fids.length ?? 0);
  expect(selected).toBeGreaterThan(1);

  await page.keyboard.press('Control+Alt+s');
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText(`将所选的 ${selected} 个复垦地块设为`);
  await page.getByTestId('dialog-planned').click();
  await expect(dialog).toContainText('此修改影响已交易的指标');
  await expect(dialog).toContainText(`挂钩项目 ${code} 的节余指标`);
  await page.screenshot({ path: `${screenshotDir}/landlink-ledger-set-status-warning.png` });
  await page.getByTestId('dialog-cancel').click();
  await expect(dialog).toBeHidden();
  await openLedger(page, 'projects');
  expect(number(await projectCell(page, code, 'available').textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

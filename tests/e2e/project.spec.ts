// Project work in the browser host: import (all-or-nothing, undoable), save, open, unsaved-changes prompts and
// crash recovery. Everything goes through the same Host and worker seam as in Electron.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, chooseFileWith } from './app-fixture';

const fixtures = fileURLToPath(new URL('../fixtures/import/', import.meta.url));

async function parcelCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('count-reclaim_parcels').textContent());
}

/** Ctrl+I, pick the file, choose the target layer in the import wizard and import (one undoable step). */
async function importFile(page: Page, file: string, table: string): Promise<void> {
  await openImportWizard(page, file, table);
  await page.getByTestId('import-tab-report').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
}

async function openImportWizard(page: Page, file: string, table: string): Promise<void> {
  await (await chooseFileWith(page, 'Control+i')).setFiles(path.join(fixtures, file));
  await expect(page.getByTestId('import-step-source')).toBeVisible();
  await page.getByTestId('import-tab-target').click();
  await page.getByTestId(`import-table-${table}`).check();
}

test('imports GeoJSON as one undoable step', async ({ page, network }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);

  await importFile(page, 'two-parcels.geojson', 'reclaim_parcels');
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
  await expect(page.getByTestId('dirty-mark')).toBeVisible();
  await expect(page).toHaveTitle(/\*/);

  await page.keyboard.press('Control+z');
  await expect.poll(() => parcelCount(page)).toBe(before);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast-info').filter({ hasText: '没有可撤销的操作' })).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a bad feature imports nothing and says which feature and field', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  await openImportWizard(page, 'bad-status.geojson', 'reclaim_parcels');
  await page.getByTestId('import-tab-report').click();
  const report = page.getByTestId('import-problem-list');
  await expect(report).toContainText('第 2 个要素');
  await expect(report).toContainText('status');
  await expect(report).toContainText('finished');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await page.screenshot({ path: fileURLToPath(new URL('./screenshots/landlink-import-error.png', import.meta.url)) });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  expect(await parcelCount(page)).toBe(before);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
});

test('Save As writes a GeoPackage that opens again and that GDAL reads', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  await importFile(page, 'two-parcels.geojson', 'reclaim_parcels');
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
  await expect(page.getByTestId('dirty-mark')).toBeVisible();
  const expected = before + 2;

  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  const download = await downloadPromise;
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-'));
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  const bytes = readFileSync(saved);
  expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
  expect(bytes.readUInt32BE(68)).toBe(0x47504b47); // application_id 'GPKG'

  if (existsSync('/usr/bin/ogrinfo') || process.env.CI) {
    const info = execFileSync('ogrinfo', ['-so', '-al', saved], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(info).toMatch(new RegExp(`Layer name: reclaim_parcels[\\s\\S]*?Feature Count: ${expected}\\b`));
  }

  // New project (nothing unsaved now, so no prompt), then open the saved file back.
  await page.keyboard.press('Control+n');
  await expect.poll(() => parcelCount(page)).toBe(0);
  await (await chooseFileWith(page, 'Control+o')).setFiles(saved);
  await expect.poll(() => parcelCount(page)).toBe(expected);
  await expect(page.getByTestId('document-title')).toContainText(download.suggestedFilename());

  // It is now a recent project: start a new one, then reopen it from the list.
  await page.keyboard.press('Control+n');
  await expect.poll(() => parcelCount(page)).toBe(0);
  await page.keyboard.press('Control+Shift+O');
  await page.getByRole('button', { name: download.suggestedFilename() }).first().click();
  await expect.poll(() => parcelCount(page)).toBe(expected);
});

test('opening a file that is not a GeoPackage changes nothing and says why', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-'));
  const fake = path.join(dir, '不是项目.gpkg');
  writeFileSync(fake, 'this is a text file, not SQLite');
  await (await chooseFileWith(page, 'Control+o')).setFiles(fake);
  await expect(page.getByTestId('toast-error')).toContainText('不是 Landlink 项目文件');
  expect(await parcelCount(page)).toBe(before);
  await expect(page.getByTestId('document-title')).toContainText('示例县');
});

test('unsaved changes are not lost to New Project without asking', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  await importFile(page, 'two-parcels.geojson', 'reclaim_parcels');
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
  const count = before + 2;
  await page.keyboard.press('Control+n');
  await expect(page.getByTestId('dialog')).toContainText('未保存的修改');
  await page.screenshot({ path: fileURLToPath(new URL('./screenshots/landlink-unsaved-dialog.png', import.meta.url)) });
  await page.getByTestId('dialog-cancel').click();
  expect(await parcelCount(page)).toBe(count);
  await page.keyboard.press('Control+n');
  await page.getByTestId('dialog-discard').click();
  await expect.poll(() => parcelCount(page)).toBe(0);
});

test('after a crash the journal offers to recover unsaved edits', async ({ page }) => {
  test.setTimeout(180_000);
  await openAppWithSample(page);
  const before = await parcelCount(page);
  await importFile(page, 'two-parcels.geojson', 'reclaim_parcels');
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
  const count = before + 2;
  // The journal is written every 30 s; wait for one write, then "crash" by reloading without saving.
  await page.waitForTimeout(32_000);
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByTestId('dialog')).toContainText('恢复', { timeout: 90_000 });
  await page.getByTestId('dialog-recover').click();
  await expect.poll(() => parcelCount(page)).toBe(count);
  await expect(page.getByTestId('dirty-mark')).toBeVisible();
});

// The formats of land administration through the app: the ministry's boundary-point coordinate TXT imported in the
// wizard (preview, the CRS with its reason from [属性描述]) and exported from the export dialog in a chosen zone, GBK;
// a zipped 三调 File Geodatabase read in the import worker with GDAL in WebAssembly.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { readCoordinateTxt } from '../../shared/formats/coordinate-txt/read-coordinate-txt';
import { test, expect, externalRequests, openAppWithSample } from './app-fixture';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));

async function count(page: Page, table: string): Promise<number> {
  return Number(await page.getByTestId(`count-${table}`).textContent());
}

async function pickForImport(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(files);
  await expect(page.getByTestId('import-wizard')).toBeVisible();
  await expect(page.getByTestId('import-step-source')).toBeVisible();
}

test('a GBK coordinate TXT: preview, CRS from [属性描述] with its reason, stated areas checked, import', async ({ page, network }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  await pickForImport(page, [path.join(formats, 'coordinate-txt', 'gk38-prefixed-gbk-crlf.txt')]);
  await expect(page.getByTestId('import-format')).toContainText('界址点坐标');
  await expect(page.getByTestId('import-count')).toHaveText('3');
  await expect(page.getByTestId('import-preview-table')).toContainText('桃坊坡村复垦一号');
  await expect(page.getByTestId('import-note').first()).toContainText('3 个地块');
  await expect(page.getByTestId('import-step-source')).toContainText('公顷');
  await page.getByTestId('import-tab-crs').click();
  await expect(page.getByTestId('import-encoding')).toHaveText('GBK');
  await expect(page.getByTestId('import-crs')).toContainText('EPSG:4526');
  await expect(page.getByTestId('import-crs-how')).toContainText('[属性描述]');
  await expect(page.getByTestId('import-crs-how')).toContainText('带号=38');
  await page.getByTestId('import-tab-report').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before + 3);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('export the parcels as a coordinate TXT in zone 38: GBK, prefixed eastings, one plot per parcel', async ({ page }) => {
  await openAppWithSample(page);
  const parcels = await count(page, 'reclaim_parcels');
  await page.keyboard.press('Control+e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await page.getByTestId('export-format').selectOption('coordinate-txt');
  await expect(page.getByTestId('export-txt-note')).toBeVisible();
  await page.getByTestId('export-txt-zone').selectOption('4526');
  await expect(page.getByTestId('export-txt-encoding-gbk')).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-submit').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.txt$/);
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'landlink-e2e-txt-')), file.suggestedFilename());
  await file.saveAs(saved);
  await expect(page.getByTestId('export-result')).toBeVisible();
  const bytes = new Uint8Array(readFileSync(saved));
  const back = readCoordinateTxt(bytes, 'export.txt');
  expect(back.encoding?.name).toBe('gbk');
  expect(back.declaredCrs.crs.code).toBe(4526);
  expect(back.features).toHaveLength(parcels);
  expect(back.statedAreas.every((m) => m.unit === 'ha')).toBe(true);
});

test('a zipped 三调 File Geodatabase is read in the import worker (GDAL in WebAssembly): DLTB with Chinese values', async ({ page, network }) => {
  test.setTimeout(240_000);
  await openAppWithSample(page);
  await pickForImport(page, [path.join(formats, 'filegdb', 'sandiao.gdb.zip')]);
  await expect(page.getByTestId('import-count')).toHaveText('3', { timeout: 180_000 });
  await expect(page.getByTestId('import-preview-table')).toContainText('东王庄村');
  await page.getByTestId('import-tab-crs').click();
  await expect(page.getByTestId('import-crs')).toContainText('EPSG:4526');
  expect(externalRequests(network.urls)).toEqual([]);
});

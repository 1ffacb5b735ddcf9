// The import wizard and the export dialog end to end in the browser host: a GBK shapefile in Gauss-Krüger zone 38
// picked as its parts, a corner-point table, a file with a bad feature, and exports that GDAL reads back.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

const formats = fileURLToPath(new URL('../fixtures/formats/', import.meta.url));
const screenshot = (name: string) => fileURLToPath(new URL(`./screenshots/${name}.png`, import.meta.url));

async function count(page: Page, table: string): Promise<number> {
  return Number(await page.getByTestId(`count-${table}`).textContent());
}

/** The GBK zone-38 fixture unpacked into its parts (.shp .shx .dbf, no .prj, no .cpg), as a user would pick them. */
function shapefileParts(): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-shp-'));
  execFileSync('unzip', ['-q', path.join(formats, 'dltb-gbk-gk38.zip'), '-d', dir]);
  return ['dltb.shp', 'dltb.shx', 'dltb.dbf'].map((f) => path.join(dir, f));
}

/** Preview features drawn on the map left of the wizard (by feature index, so tiles' duplicates count once). */
async function previewRendered(page: Page): Promise<number> {
  await waitForMapIdle(page);
  return page.evaluate(() => {
    const map = window.__landlinkMap!;
    if (!map.getLayer('landlink-import-preview-fill')) return 0;
    const wizardLeft = document.querySelector('.import-wizard')!.getBoundingClientRect().left - map.getContainer().getBoundingClientRect().left;
    const box: [[number, number], [number, number]] = [[0, 0], [wizardLeft, map.getContainer().clientHeight]];
    return new Set(map.queryRenderedFeatures(box, { layers: ['landlink-import-preview-fill'] }).map((f) => f.properties['_index'])).size;
  });
}

/** Ctrl+E, the dialog's choices, Export; resolves with the saved download's path. */
async function exportVia(page: Page, choose: () => Promise<void>): Promise<string> {
  await page.keyboard.press('Control+e');
  await expect(page.getByTestId('export-dialog')).toBeVisible();
  await choose();
  const download = page.waitForEvent('download');
  await page.getByTestId('export-submit').click();
  const file = await download;
  const saved = path.join(mkdtempSync(path.join(tmpdir(), 'landlink-e2e-export-')), file.suggestedFilename());
  await file.saveAs(saved);
  await expect(page.getByTestId('export-result')).toBeVisible();
  return saved;
}

const ogrinfo = (...args: string[]) => execFileSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

async function pickForImport(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(files);
  await expect(page.getByTestId('import-wizard')).toBeVisible();
  await expect(page.getByTestId('import-step-source')).toBeVisible();
}

test('GBK zone-38 shapefile: detected encoding and CRS with the reason, preview, field mapping, import, undo', async ({ page, network }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  await pickForImport(page, shapefileParts());
  await expect(page.getByTestId('import-count')).toHaveText('3');
  // Chinese text decoded from GBK without a .cpg, in the preview table.
  await expect(page.getByTestId('import-preview-table')).toContainText('东王庄村');
  await expect(page.getByTestId('import-preview-table')).toContainText('农村宅基地');
  // All three parcels drawn in the part of the map the wizard leaves visible.
  await expect.poll(() => previewRendered(page)).toBe(3);
  await page.screenshot({ path: screenshot('landlink-import-preview') });

  // Enter moves on: target layer (parcels, chosen from the polygons), then the fields.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-table-reclaim_parcels')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-fields')).toBeVisible();
  await expect(page.getByTestId('import-field-ZLDWMC')).toHaveValue('village');
  await expect(page.getByTestId('import-field-DLBM')).toHaveValue('original_class');
  // Map a field by hand: the ownership unit's name goes into the remarks.
  await page.getByTestId('import-field-QSDWMC').selectOption('remarks');
  await expect(page.getByTestId('import-field-QSDWMC')).toHaveValue('remarks');
  await expect(page.getByTestId('import-default-status')).toHaveValue('planned');
  await page.screenshot({ path: screenshot('landlink-import-fields') });

  // Encoding and CRS: detected, with the reason.
  await page.getByTestId('import-tab-crs').click();
  await expect(page.getByTestId('import-encoding')).toHaveText('GBK');
  await expect(page.getByTestId('import-encoding-how')).not.toBeEmpty();
  await expect(page.getByTestId('import-crs')).toContainText('EPSG:4526');
  await expect(page.getByTestId('import-crs-how')).toContainText('38');
  await page.screenshot({ path: screenshot('landlink-import-crs') });

  await page.getByTestId('import-tab-report').click();
  await expect(page.getByTestId('import-areas')).toBeVisible();
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await page.screenshot({ path: screenshot('landlink-import-report') });
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before + 3);
  // The preview is gone with the wizard.
  expect(await page.evaluate(() => Boolean(window.__landlinkMap!.getSource('landlink-import-preview')))).toBe(false);

  await page.keyboard.press('Control+z');
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('corner-point table (GBK CSV, X = northing first) becomes parcels', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  await pickForImport(page, [path.join(formats, 'corners-gbk.csv')]);
  await expect(page.getByTestId('import-count')).toHaveText('2');
  // How the table was understood (which columns hold X = northing and Y = easting, how rows became polygons).
  await expect(page.getByTestId('import-note').first()).toBeVisible();
  await expect.poll(() => previewRendered(page)).toBe(2);
  await page.screenshot({ path: screenshot('landlink-import-corners') });
  await page.getByTestId('import-tab-crs').click();
  await expect(page.getByTestId('import-encoding')).toHaveText('GBK');
  await expect(page.getByTestId('import-crs')).toContainText('EPSG:4526');
  await expect(page.getByTestId('import-crs-how')).toContainText('38');
  await page.getByTestId('import-tab-report').click();
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before + 2);
});

test('a file with a bad feature: the report names it, fix and skip are offered, cancel leaves the project as it was', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-bad-'));
  const file = path.join(dir, '问题地块.geojson');
  const square = (x: number) => [[x, 38.6], [x + 0.001, 38.6], [x + 0.001, 38.6008], [x, 38.6008], [x, 38.6]];
  writeFileSync(file, JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: 'BAD-1', status: 'planned' }, geometry: { type: 'Polygon', coordinates: [square(113.7)] } },
      // A bow tie: the boundary crosses itself; only a person can say which half is the parcel.
      { type: 'Feature', properties: { code: 'BAD-2', status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[113.702, 38.6], [113.703, 38.6008], [113.703, 38.6], [113.702, 38.6008], [113.702, 38.6]]] } },
      // A spike: the safe repair removes it.
      { type: 'Feature', properties: { code: 'BAD-3', status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[113.704, 38.6], [113.705, 38.6], [113.705, 38.6008], [113.7045, 38.6008], [113.7045, 38.603], [113.70451, 38.6008], [113.704, 38.6008], [113.704, 38.6]]] } },
    ],
  }));
  await pickForImport(page, [file]);
  await page.getByTestId('import-tab-report').click();
  await expect(page.getByTestId('import-problem-list')).toContainText('第 2 个要素');
  await expect(page.getByTestId('import-geometry-problems')).toContainText('2 个要素（其中 1 个可自动修复）');
  await expect(page.getByTestId('import-commit')).toBeDisabled();
  await expect(page.getByTestId('import-plan')).toContainText('第 2 个');
  await page.screenshot({ path: screenshot('landlink-import-bad-feature') });
  // Skipping makes the rest importable; the user cancels instead.
  await page.getByTestId('import-skip').check();
  await expect(page.getByTestId('import-commit')).toBeEnabled();
  await expect(page.getByTestId('import-plan')).toContainText('跳过 1');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  expect(await page.evaluate(() => Boolean(window.__landlinkMap!.getSource('landlink-import-preview')))).toBe(false);
  expect(await count(page, 'reclaim_parcels')).toBe(before);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
});

test('export parcels as a GBK shapefile zip in zone 38 and as XLSX: GDAL reads the count and the Chinese text', async ({ page, network }) => {
  await openAppWithSample(page);
  const parcels = await count(page, 'reclaim_parcels');

  const zip = await exportVia(page, async () => {
    await expect(page.getByTestId('export-layer-reclaim_parcels')).toBeChecked();
    await page.getByTestId('export-format').selectOption('shapefile');
    await page.getByTestId('export-crs').selectOption('4526');
    await page.getByTestId('export-encoding-gbk').check();
    await page.screenshot({ path: screenshot('landlink-export-dialog') });
  });
  expect(path.basename(zip)).toBe('复垦地块.zip');
  await page.screenshot({ path: screenshot('landlink-export-result') });
  await page.getByTestId('export-close').click();
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-shp-out-'));
  execFileSync('unzip', ['-q', zip, '-d', dir]);
  const shp = execFileSync('sh', ['-c', `ls "${dir}"/*.shp`], { encoding: 'utf8' }).trim();
  expect(readFileSync(shp.replace(/\.shp$/, '.cpg'), 'utf8').toUpperCase()).toMatch(/GBK|936/);
  const summary = ogrinfo('-so', '-al', shp);
  expect(summary).toMatch(new RegExp(`Feature Count: ${parcels}\\b`));
  // Zone 38 with the zone prefix: eastings start with 38.
  expect(summary).toMatch(/Extent: \(38\d{6}/);
  const values = ogrinfo('-al', shp);
  expect(values).toMatch(/村/); // village names decoded from GBK by GDAL through the .cpg
  expect(values).not.toContain('\uFFFD');

  const xlsx = await exportVia(page, async () => {
    await page.getByTestId('export-format').selectOption('xlsx');
  });
  expect(path.basename(xlsx)).toBe('复垦地块.xlsx');
  await page.getByTestId('export-close').click();
  const sheet = ogrinfo('-so', xlsx, '复垦地块');
  expect(sheet).toMatch(new RegExp(`Feature Count: ${parcels}\\b`));
  expect(externalRequests(network.urls)).toEqual([]);
});

test('household names are masked in an old_houses export unless the box is ticked', async ({ page }) => {
  await openAppWithSample(page);
  const houses = await count(page, 'old_houses');
  const choose = (personal: boolean) => async () => {
    await page.getByTestId('export-format').selectOption('geojson');
    await page.getByTestId('export-layer-old_houses').check();
    if (personal) {
      await page.getByTestId('export-personal').check();
      await expect(page.getByTestId('export-personal-warning')).toBeVisible();
    }
  };
  const households = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { features: { properties: { household?: string } }[] }).features.map((f) => f.properties.household ?? '');

  const masked = await exportVia(page, choose(false));
  await expect(page.getByTestId('export-masked')).toContainText(String(houses));
  await page.screenshot({ path: screenshot('landlink-export-masked') });
  await page.getByTestId('export-close').click();
  expect(ogrinfo('-so', '-al', masked)).toMatch(new RegExp(`Feature Count: ${houses}\\b`));
  const maskedNames = households(masked).filter(Boolean);
  expect(maskedNames.length).toBeGreaterThan(0);
  expect(maskedNames.every((name) => /^.\*+$/u.test(name))).toBe(true);

  const clear = await exportVia(page, choose(true));
  await expect(page.getByTestId('export-masked')).toContainText('未遮蔽');
  await page.getByTestId('export-close').click();
  const names = households(clear).filter(Boolean);
  expect(names.some((name) => !name.includes('*'))).toBe(true);
});

test('an Excel corner-point table dropped on the map opens the wizard and imports', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  const bytes = [...readFileSync(path.join(formats, 'corners.xlsx'))];
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(data)], 'corners.xlsx'));
    const target = window.__landlinkMap!.getContainer();
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, bytes);
  await expect(page.getByTestId('import-format')).toHaveText('Excel 工作簿');
  await expect(page.getByTestId('import-count')).toHaveText('2');
  await expect.poll(() => previewRendered(page)).toBe(2);
  await page.getByTestId('import-tab-report').click();
  await page.getByTestId('import-commit').click();
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before + 2);
});

test('a long read shows progress and Cancel stops it without touching the project', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'old_houses');
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-big-'));
  const file = path.join(dir, '大表.csv');
  const rows = ['编号,经度,纬度,状态'];
  for (let i = 0; i < 150_000; i++) rows.push(`H${i},${(114 + (i % 1000) * 1e-4).toFixed(5)},${(38.8 + Math.floor(i / 1000) * 1e-4).toFixed(5)},待拆除`);
  writeFileSync(file, rows.join('\n'));
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+i');
  await (await chooser).setFiles(file);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  // The UI thread stays free while the worker reads: the map still answers.
  expect(await page.evaluate(() => window.__landlinkMap!.getZoom())).toBeGreaterThan(0);
  await page.screenshot({ path: screenshot('landlink-import-progress') });
  await page.getByTestId('import-progress-cancel').click();
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  expect(await count(page, 'old_houses')).toBe(before);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
});

test('GeoPackage in and out: a QGIS file with a spatial index imports; all layers export into one .gpkg', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'reclaim_parcels');
  await pickForImport(page, [path.join(formats, 'dltb-indexed.gpkg')]);
  await expect(page.getByTestId('import-format')).toHaveText('GeoPackage');
  await expect(page.getByTestId('import-count')).toHaveText('3');
  await page.getByTestId('import-tab-report').click();
  await page.getByTestId('import-commit').click();
  await expect.poll(() => count(page, 'reclaim_parcels')).toBe(before + 3);

  const gpkg = await exportVia(page, async () => {
    await page.getByTestId('export-format').selectOption('geopackage');
    await page.getByTestId('export-layer-old_houses').check();
    await page.getByTestId('export-layer-admin_areas').check();
    await page.getByTestId('export-layer-admin_areas').uncheck();
    await expect(page.getByTestId('export-layer-admin_areas')).not.toBeChecked();
    await page.getByTestId('export-all-layers').click();
    await expect(page.getByTestId('export-layer-context_lines')).toBeChecked();
  });
  await page.getByTestId('export-close').click();
  const layers = ogrinfo(gpkg);
  for (const table of ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas', 'context_lines']) expect(layers).toContain(table);
  expect(ogrinfo('-so', gpkg, 'reclaim_parcels')).toMatch(new RegExp(`Feature Count: ${before + 3}\\b`));
});

test('writing a large import shows its progress, and Cancel rolls it back with the project as it was', async ({ page }) => {
  await openAppWithSample(page);
  const before = await count(page, 'old_houses');
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-e2e-commit-'));
  const file = path.join(dir, '拆旧房屋.csv');
  const rows = ['编号,经度,纬度,状态'];
  for (let i = 0; i < 150_000; i++) rows.push(`H${i},${(114 + (i % 400) * 2.5e-4).toFixed(5)},${(38.8 + Math.floor(i / 400) * 2.5e-4).toFixed(5)},待拆除`);
  writeFileSync(file, rows.join('\n'));
  await pickForImport(page, [file]);
  await expect(page.getByTestId('import-count')).toHaveText('150000', { timeout: 60_000 });
  await page.getByTestId('import-tab-report').click();
  await expect(page.getByTestId('import-commit')).toBeEnabled({ timeout: 60_000 });
  await page.getByTestId('import-commit').click();
  // The worker writes in chunks, reporting each, and hears Cancel between them.
  await page.getByTestId('import-progress-cancel').click();
  await expect(page.getByTestId('import-commit-error')).toContainText('取消');
  await page.screenshot({ path: screenshot('landlink-import-cancelled') });
  await expect(page.getByTestId('import-wizard')).toBeVisible();
  expect(await count(page, 'old_houses')).toBe(before);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('import-wizard')).toHaveCount(0);
  // Nothing was added to the history either: undo is not offered for a cancelled import.
  expect(await page.evaluate(() => window.__landlinkState!().project?.view.canUndo)).toBe(false);
});

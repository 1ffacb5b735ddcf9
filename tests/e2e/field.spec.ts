// Field verification as an inspector does it (issue 8): field mode with Ctrl+Shift+F, the village's targets, the
// position from a replayed NMEA log of a walk through the sample county (fix quality, satellites, HDOP shown), the
// house checklist, a finding, saved as one undoable step. Nothing leaves 127.0.0.1.
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle, chooseFileWith } from './app-fixture';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));
const nmeaPath = fileURLToPath(new URL('../../sample-data/field/walk-sample-targets.nmea', import.meta.url));
const photoDir = fileURLToPath(new URL('../fixtures/field-photos/', import.meta.url));
const walk = JSON.parse(readFileSync(fileURLToPath(new URL('../../sample-data/field/walk-sample-targets.json', import.meta.url)), 'utf8')) as {
  targets: { table: string; code: string; village: string; longitude: number; latitude: number }[];
};

async function openFieldMode(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+Shift+F');
  await expect(page.getByTestId('field-mode')).toBeVisible();
}

async function replayNmea(page: Page, speed: string): Promise<void> {
  await page.getByTestId('field-replay-speed').selectOption(speed);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('field-source-replay').click();
  await (await chooser).setFiles(nmeaPath);
}

test('a house verified in field mode with the position from a replayed NMEA walk', async ({ page, network }) => {
  test.setTimeout(180_000);
  const house = walk.targets.find((t) => t.table === 'old_houses')!;
  await openAppWithSample(page);
  await openFieldMode(page);
  await page.getByTestId('field-village').selectOption(house.village);
  await expect(page.getByTestId(`field-target-${house.code}`)).toBeVisible();

  await replayNmea(page, '60');
  // The walk starts with a cold start (no fix), then autonomous GPS: the fix shows its quality and satellites.
  await expect(page.getByTestId('field-fix-quality')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('field-fix-satellites')).toHaveText(/\d+/);
  await expect(page.getByTestId('field-fix-accuracy')).toHaveText(/±\d/);
  await expect(page.getByTestId('field-source-status')).toContainText(/校验失败|sentence/);
  await expect(page.getByTestId('field-source-status')).toContainText('已停止', { timeout: 60_000 });

  await page.getByTestId(`field-target-${house.code}`).click();
  await expect(page.getByTestId('field-form')).toBeVisible();
  await expect(page.getByTestId('field-next-away')).toContainText('m');
  await page.getByTestId('field-demolished-yes').click();
  await page.getByTestId('field-rubble_cleared-no').click();
  await expect(page.getByTestId('field-issues')).toContainText('建筑垃圾未清运');
  await expect(page.getByTestId('field-suggestion')).toContainText('不合格');
  await page.getByTestId('field-rubble_cleared-yes').click();
  await page.getByTestId('field-photo_before-yes').click();
  await page.getByTestId('field-photo_after-yes').click();
  await expect(page.getByTestId('field-suggestion')).toContainText('合格');
  await page.getByTestId('field-finding-pass').click();
  await page.getByTestId('field-inspectors').fill('王建国、李梅');
  await page.getByTestId('field-remarks').fill('拆除彻底，已复垦');
  await page.getByTestId('field-save').click();
  await expect(page.getByText(/已保存核查记录 HC-/)).toBeVisible();
  await expect(page.getByTestId(`field-target-${house.code}`)).toContainText('合格');

  // Photos from the inspector's phone: one geotagged at the house (matched by EXIF position), one without GPS
  // (listed with its reason, then attached to the house by hand). Both go to the verification just saved.
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('field-photos-import').click();
  await (await chooser).setFiles([`${photoDir}/house-a-after.jpg`, `${photoDir}/no-gps.jpg`]);
  const dialog = page.getByTestId('photo-import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-testid="photo-row-matched"][data-file="house-a-after.jpg"]')).toContainText(house.code);
  const unmatched = dialog.locator('[data-testid="photo-row-unmatched"][data-file="no-gps.jpg"]');
  await expect(unmatched.getByTestId('photo-unmatched-reason')).toContainText('没有位置');
  await page.screenshot({ path: `${screenshotDir}/landlink-field-photo-import.png` });
  await unmatched.getByTestId('photo-assign').selectOption(`old_houses:${house.code}`);
  await dialog.getByTestId('photo-import-confirm').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/已导入 2 张照片/)).toBeVisible();
  await expect(page.getByTestId('field-photos').locator('figure')).toHaveCount(2);
  await expect(page.getByTestId('photo-marker')).toHaveCount(1);
  await waitForMapIdle(page);
  await page.getByTestId('field-mode').locator('.field-body').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/landlink-field-mode.png` });

  // Each is one undoable step: Ctrl+Z takes the photos away, again the verification; Ctrl+Y brings both back.
  await page.locator('.map canvas').first().click({ position: { x: 20, y: 200 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('photo-marker')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId(`field-target-${house.code}`)).toContainText('未核查');
  await page.keyboard.press('Control+y');
  await page.keyboard.press('Control+y');
  await expect(page.getByTestId(`field-target-${house.code}`)).toContainText('合格');
  await expect(page.getByTestId('photo-marker')).toHaveCount(1);
  expect(externalRequests(network.urls)).toEqual([]);
});

/** Selects a feature by its code through the search box (Ctrl+F, Enter). */
async function selectByCode(page: Page, code: string): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+f');
  await page.keyboard.type(code);
  await expect(page.getByTestId('search-results')).toContainText(code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-panel')).toContainText(code);
}

/** Changes the vacating agreement number of the selected house in the feature form (Alt+Enter). */
async function setAgreementNo(page: Page, value: string): Promise<void> {
  await page.getByTestId('feature-panel').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByTestId('feature-form')).toBeVisible();
  await page.getByTestId('form-field-agreement_no').fill(value);
  await page.getByTestId('form-save').click();
  await expect(page.getByTestId('feature-form')).toHaveCount(0);
}

async function saveAsDownload(page: Page, dir: string, name: string): Promise<string> {
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+Shift+S');
  const file = path.join(dir, name);
  await (await downloadPromise).saveAs(file);
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  return file;
}

test('a field package verified offline merges back with one conflict chosen by the user', async ({ page, network }) => {
  test.setTimeout(240_000);
  const house = walk.targets.find((t) => t.table === 'old_houses')!;
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-field-'));
  await openAppWithSample(page);

  // Office: a field package of the village, through the Host (a download in the browser).
  await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+Alt+X');
  const packageDialog = page.getByTestId('package-dialog');
  await expect(packageDialog).toBeVisible();
  await packageDialog.getByTestId('package-village').selectOption(house.village);
  const packageDownload = page.waitForEvent('download');
  await packageDialog.getByTestId('package-export').click();
  const packagePath = path.join(dir, 'package.gpkg');
  await (await packageDownload).saveAs(packagePath);
  await expect(page.getByText(/已导出外业包/)).toBeVisible();
  if (existsSync('/usr/bin/ogrinfo') || process.env.CI) {
    expect(execFileSync('ogrinfo', ['-so', packagePath], { encoding: 'utf8' })).toMatch(/old_houses/);
  }

  // Office, meanwhile: the agreement number of the house is corrected at the desk.
  await selectByCode(page, house.code);
  await setAgreementNo(page, 'TT-2024-办-078');
  const officePath = await saveAsDownload(page, dir, 'office.gpkg');

  // Field laptop: open the package, verify the house with the replayed NMEA walk and a photo, and correct the
  // agreement number differently (the conflict).
  await (await chooseFileWith(page, 'Control+o')).setFiles(packagePath);
  await expect(page.getByTestId('document-title')).toContainText('package.gpkg');
  await waitForMapIdle(page);
  await openFieldMode(page);
  await page.getByTestId('field-village').selectOption(house.village);
  await replayNmea(page, '60');
  await expect(page.getByTestId('field-source-status')).toContainText('已停止', { timeout: 60_000 });
  await page.getByTestId(`field-target-${house.code}`).click();
  await page.getByTestId('field-demolished-yes').click();
  await page.getByTestId('field-rubble_cleared-yes').click();
  await page.getByTestId('field-photo_before-yes').click();
  await page.getByTestId('field-photo_after-yes').click();
  await page.getByTestId('field-finding-pass').click();
  await page.getByTestId('field-inspectors').fill('王建国');
  await page.getByTestId('field-save').click();
  await expect(page.getByText(/已保存核查记录 HC-/)).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('field-photos-import').click();
  await (await chooser).setFiles([`${photoDir}/house-a-after.jpg`]);
  await page.getByTestId('photo-import-confirm').click();
  await expect(page.getByTestId('field-photos').locator('figure')).toHaveCount(1);
  await page.getByTestId('field-close').click();
  await selectByCode(page, house.code);
  await setAgreementNo(page, 'TT-2024-外-078');
  const fieldPath = await saveAsDownload(page, dir, 'package-done.gpkg');

  // Back in the office: open the office project and merge the package.
  await (await chooseFileWith(page, 'Control+o')).setFiles(officePath);
  await expect(page.getByTestId('document-title')).toContainText('office.gpkg');
  await (await chooseFileWith(page, 'Control+Shift+M')).setFiles(fieldPath);
  const merge = page.getByTestId('merge-dialog');
  await expect(merge).toBeVisible();
  await expect(merge.getByTestId('merge-change').first()).toBeVisible();
  const conflict = merge.locator(`[data-testid="merge-conflict"][data-id="old_houses/${house.code}/agreement_no"]`);
  await expect(conflict).toBeVisible();
  await expect(conflict.getByTestId('merge-choose-package')).toContainText('TT-2024-外-078');
  await expect(conflict.getByTestId('merge-choose-project')).toContainText('TT-2024-办-078');
  // Nothing applies while a conflict is open.
  await expect(merge.getByTestId('merge-apply')).toBeDisabled();
  await conflict.getByTestId('merge-choose-package').click();
  await expect(merge.getByTestId('merge-open')).toContainText('所有冲突已选择');
  await page.screenshot({ path: `${screenshotDir}/landlink-field-merge.png` });
  await merge.getByTestId('merge-apply').click();
  await expect(merge).toBeHidden();
  await expect(page.getByText(/已合并/)).toBeVisible();

  // The office project now has the field's verification with its photo, and the agreement number the user chose.
  await selectByCode(page, house.code);
  const panel = page.getByTestId('feature-panel');
  await expect(panel.getByTestId('feature-attributes')).toContainText('TT-2024-外-078');
  await expect(panel.getByTestId('feature-verifications')).toContainText('合格');
  await expect(panel.getByTestId('photo-strip').locator('figure')).toHaveCount(1);
  await page.screenshot({ path: `${screenshotDir}/landlink-field-merged-panel.png` });

  // The merge is one undoable step.
  await page.locator('.map canvas').first().click({ position: { x: 20, y: 200 } });
  await page.keyboard.press('Control+z');
  await selectByCode(page, house.code);
  await expect(panel.getByTestId('feature-attributes')).toContainText('TT-2024-办-078');
  await expect(panel.getByTestId('feature-verifications')).toContainText('尚无核查记录');
  expect(externalRequests(network.urls)).toEqual([]);
});

/** Screen position (page pixels) of a lon/lat on the map. */
async function screenOf(page: Page, lonLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await page.evaluate((ll) => window.__landlinkMap!.project(ll), lonLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

test('in English: position by a map click, targets in a drawn area, a failing parcel with a drawn boundary, the report', async ({ page, network }) => {
  test.setTimeout(180_000);
  const parcel = walk.targets.find((t) => t.table === 'reclaim_parcels')!;
  // This machine has no camera: a painted canvas stream stands in for it, so the capture path runs for real.
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 240;
      const context = canvas.getContext('2d')!;
      const paint = (): void => {
        context.fillStyle = '#6d8f4e';
        context.fillRect(0, 0, 320, 240);
        context.fillStyle = '#c9b27c';
        context.fillRect(40, 120, 240, 80);
      };
      paint();
      setInterval(paint, 100);
      return canvas.captureStream(10);
    };
  });
  await openAppWithSample(page);
  await page.keyboard.press('Control+Shift+L');
  await openFieldMode(page);
  await expect(page.getByTestId('field-mode')).toContainText('Field verification');
  await page.getByTestId('field-village').selectOption(parcel.village);
  await page.getByTestId(`field-target-${parcel.code}`).click();
  await expect(page.getByTestId('field-next-away')).toContainText('No position yet');
  await waitForMapIdle(page);

  // No receiver: the inspector clicks where they stand, a little south-west of the parcel.
  const at = await screenOf(page, [parcel.longitude, parcel.latitude]);
  await page.getByTestId('field-source-map').click();
  await page.mouse.click(at.x - 30, at.y + 30);
  await expect(page.getByTestId('field-fix-quality')).toHaveText('Map click');
  await expect(page.getByTestId('field-next-away')).toContainText(/\d+ m · NE \d+°/);

  // Escape ends a drawing without closing field mode.
  await page.getByTestId('field-draw-area').click();
  await page.mouse.click(at.x - 70, at.y - 70);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('field-draw-area')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('field-mode')).toBeVisible();

  // Today's targets from an area drawn around the parcel (closed on its first corner).
  await page.getByTestId('field-draw-area').click();
  const corners = [[-70, -70], [70, -70], [70, 70], [-70, 70]] as const;
  for (const [dx, dy] of corners) await page.mouse.click(at.x + dx, at.y + dy);
  await page.mouse.click(at.x + corners[0][0], at.y + corners[0][1]);
  await expect(page.getByTestId('field-target-count')).toContainText('checked');
  await expect(page.getByTestId(`field-target-${parcel.code}`)).toBeVisible();
  await page.getByTestId(`field-target-${parcel.code}`).click();

  // The parcel checklist: thin tillage and a steep slope without terraces fail the standard.
  await page.getByTestId('field-levelled-yes').click();
  await page.getByTestId('field-tillage_cm').fill('25');
  await page.getByTestId('field-slope_deg').fill('20');
  await page.getByTestId('field-terraced-no').click();
  await page.getByTestId('field-roads_ditches-yes').click();
  await page.getByTestId('field-land-class').selectOption('0103');
  await page.getByTestId('field-crop').fill('maize');
  await expect(page.getByTestId('field-issues')).toContainText('Tillage layer thinner than 30 cm');
  await expect(page.getByTestId('field-issues')).toContainText('Slope over 15° without terraces');
  await expect(page.getByTestId('field-suggestion')).toContainText('Fail');

  // Measured area: the boundary drawn on the map, measured on the ellipsoid.
  await page.getByTestId('field-area-draw').click();
  for (const [dx, dy] of [[-40, -40], [40, -40], [40, 40]] as const) await page.mouse.click(at.x + dx, at.y + dy);
  await page.mouse.click(at.x - 40, at.y - 40);
  await expect(page.getByTestId('field-area')).toContainText('m²');
  await page.getByTestId('field-finding-fail').click();
  await page.getByTestId('field-save').click();
  await expect(page.getByText(/Verification HC-\d+ saved/)).toBeVisible();
  await expect(page.getByTestId(`field-target-${parcel.code}`)).toContainText('Fail');

  // A photo from the device camera: attached to the parcel with the clicked position, as a JPEG.
  await page.getByTestId('field-photos-camera').click();
  const camera = page.getByTestId('camera-dialog');
  await expect(camera.getByTestId('camera-shutter')).toBeEnabled();
  await camera.getByTestId('camera-shutter').click();
  await expect(camera).toBeHidden();
  await expect(page.getByText(/1 photo\(s\) imported/)).toBeVisible();
  await expect(page.getByTestId('field-photos').locator('figure')).toHaveCount(1);
  await expect(page.getByTestId('photo-marker')).toHaveCount(1);
  await waitForMapIdle(page);
  await page.screenshot({ path: `${screenshotDir}/landlink-field-mode-en.png` });

  // The verification report (XLSX) through the Host: the parcel and its finding are in it.
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+Alt+R');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'landlink-report-')), 'report.xlsx');
  await (await download).saveAs(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const text = workbook.worksheets.map((sheet) => sheet.getSheetValues().flat().map(String).join(' ')).join(' ');
  expect(text).toContain(parcel.code);
  expect(externalRequests(network.urls)).toEqual([]);
});

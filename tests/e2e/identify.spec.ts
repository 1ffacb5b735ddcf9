// Identify, select and search: click a parcel and read its area, box-select parcels, search a code and jump to it.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

/** Zooms to the first accepted parcel and returns its screen position and its data. */
async function focusParcel(page: Page): Promise<{ x: number; y: number; code: string; fid: number }> {
  return page.evaluate(async () => {
    const map = window.__landlinkMap!;
    const parcel = map.querySourceFeatures('reclaim_parcels').find((f) => f.properties.status === 'accepted')!;
    const geometry = parcel.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
    const lon = ring.slice(0, -1).reduce((s, p) => s + p[0]!, 0) / (ring.length - 1);
    const lat = ring.slice(0, -1).reduce((s, p) => s + p[1]!, 0) / (ring.length - 1);
    map.jumpTo({ center: [lon, lat], zoom: 17 });
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const point = map.project([lon, lat]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y, code: String(parcel.properties.code), fid: Number(parcel.properties.fid) };
  });
}

test('click a parcel and read its ellipsoidal area, plane area and history', async ({ page, network }) => {
  await openAppWithSample(page);
  const parcel = await focusParcel(page);
  await page.mouse.click(parcel.x, parcel.y);
  const panel = page.getByTestId('feature-panel');
  await expect(panel).toContainText(parcel.code);
  await expect(panel).toContainText('椭球面积');
  await expect(panel).toContainText('高斯平面面积');
  await expect(panel).toContainText('EPSG:4547');
  const mu = Number((await page.getByTestId('feature-area-mu').textContent())!.replace(/[^\d.]/g, ''));
  // The panel's area equals the project's cached ellipsoidal area for this parcel, to the displayed 0.01 mu.
  const cached = await page.evaluate((fid) => {
    const map = window.__landlinkMap!;
    return Number(map.querySourceFeatures('reclaim_parcels').find((f) => f.properties.fid === fid)!.properties.area_m2) * 0.0015;
  }, parcel.fid);
  expect(mu).toBeCloseTo(cached, 2);
  await expect(page.getByTestId('feature-attributes')).toContainText('验收');
  await expect(page.getByTestId('feature-related')).toContainText('挂钩项目');
  await expect(page.getByTestId('feature-history')).toContainText(/新增|无修改记录/);
  await page.screenshot({ path: fileURLToPath(new URL('./screenshots/landlink-identify.png', import.meta.url)) });

  // Empty ground clears the selection.
  await page.evaluate(() => window.__landlinkMap!.jumpTo({ center: [116.5, 40.5], zoom: 12 }));
  await waitForMapIdle(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('feature-panel')).toHaveCount(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('shift-drag selects the parcels in a box and sums their area', async ({ page }) => {
  await openAppWithSample(page);
  await focusParcel(page);
  await page.evaluate(() => window.__landlinkMap!.zoomTo(14, { animate: false }));
  await waitForMapIdle(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.keyboard.down('Shift');
  // Start below the drawing toolbar that floats over the top of the map.
  await page.mouse.move(box.x + 20, box.y + 90);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, box.y + box.height - 20, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect(page.getByTestId('feature-panel')).toBeVisible();
  await expect(page.getByTestId('feature-panel')).toContainText(/已选 \d+ 个/);
  await expect(page.getByTestId('feature-area-total')).toContainText('亩');
});

test('search a code and jump to it', async ({ page }) => {
  await openAppWithSample(page);
  const code = await page.evaluate(() => String(window.__landlinkMap!.querySourceFeatures('reclaim_parcels')[3]!.properties.code));
  await page.keyboard.press('Control+f');
  await expect(page.getByTestId('search-input')).toBeFocused();
  await page.keyboard.type(code);
  await expect(page.getByTestId('search-results')).toContainText(code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-panel')).toContainText(code);
  expect(await page.evaluate(() => window.__landlinkMap!.getZoom())).toBeGreaterThan(13);
  await page.getByTestId('search-input').fill('不存在的编号');
  await expect(page.getByTestId('search-results')).toContainText('没有找到');
});

test('go to a Gauss-Krüger X/Y and see the grid position of the cursor', async ({ page }) => {
  await openAppWithSample(page);
  await page.keyboard.press('Control+g');
  await page.getByTestId('goto-input').fill('abc');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('goto-error')).toContainText('请输入两个数');
  // X (northing) first, easting with the zone-38 prefix, as on a survey sheet.
  await page.getByTestId('goto-input').fill('4296000, 38503000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('goto-dialog')).toHaveCount(0);
  const center = await page.evaluate(() => window.__landlinkMap!.getCenter().toArray());
  expect(center[0]).toBeCloseTo(114.03453, 4);
  expect(center[1]).toBeCloseTo(38.79728, 4);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('status-grid')).toContainText(/X 4296\d{3}\.\d\d {2}Y 503\d{3}\.\d\d（EPSG:4547）/);
});

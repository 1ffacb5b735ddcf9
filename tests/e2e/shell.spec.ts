// The app shell in Chromium: it loads the sample county, draws its layers, switches language, runs commands from
// the palette, and never sends a request off this machine.
import { fileURLToPath } from 'node:url';
import { test, expect, externalRequests, openAppWithSample, renderedCounts, waitForMapIdle } from './app-fixture';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

test('loads the sample county and renders its layers', async ({ page, network }) => {
  await openAppWithSample(page);
  await expect(page.getByTestId('document-title')).toContainText('示例县');
  const counts = await renderedCounts(page, ['parcels-fill', 'houses-circle', 'sites-fill', 'townships-line', 'county-line', 'villages-fill']);
  expect(counts['county-line']).toBeGreaterThan(0);
  expect(counts['townships-line']).toBeGreaterThan(0);
  expect(counts['villages-fill']).toBeGreaterThan(100);
  expect(counts['sites-fill']).toBeGreaterThan(0);
  expect(counts['parcels-fill']).toBeGreaterThan(0);
  expect(counts['houses-circle']).toBeGreaterThan(0);

  // The canvas really shows them: zoom to an accepted parcel and read its fill colour back from the pixels.
  const pixel = await page.evaluate(async () => {
    const map = window.__landlinkMap!;
    const accepted = map.querySourceFeatures('reclaim_parcels').filter((f) => f.properties.status === 'accepted');
    for (const parcel of accepted.slice(0, 20)) {
      // Tiled features may come back as Polygon or MultiPolygon: take the first outer ring either way.
      const geometry = parcel.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
      const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
      const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
      const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
      map.jumpTo({ center: [lon, lat], zoom: 17 });
      await new Promise<void>((resolve) => map.once('idle', () => resolve()));
      const point = map.project([lon, lat]);
      const top = map.queryRenderedFeatures(point)[0];
      if (top?.layer.id !== 'parcels-fill') continue; // a label or house point covers the centre: try the next
      const canvas = map.getCanvas();
      const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
      const ratio = window.devicePixelRatio;
      const data = new Uint8Array(4);
      gl.readPixels(Math.round(point.x * ratio), Math.round(canvas.height - point.y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, data);
      return [...data];
    }
    return null;
  });
  // #1a9850 at 85 % over the village fill: clearly green.
  expect(pixel).not.toBeNull();
  expect(pixel![1]).toBeGreaterThan(pixel![0]! + 40);
  expect(pixel![1]).toBeGreaterThan(pixel![2]! + 20);

  await page.evaluate(() => window.__landlinkMap!.jumpTo({ center: [114.0, 38.8], zoom: 9 }));
  await page.keyboard.press('Control+0');
  await waitForMapIdle(page);
  await page.screenshot({ path: `${screenshotDir}/landlink-sample-county.png` });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('switches between Chinese and English', async ({ page, network }) => {
  await openAppWithSample(page);
  await expect(page.getByRole('heading', { name: '项目概况' })).toBeVisible();
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'Project summary' })).toBeVisible();
  await expect(page.getByTestId('status-busy')).toHaveText('Ready');
  await expect(page).toHaveTitle(/Landlink/);
  await page.screenshot({ path: `${screenshotDir}/landlink-english.png` });
  // The choice survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Project summary' })).toBeVisible({ timeout: 90_000 });
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: '项目概况' })).toBeVisible();
  expect(externalRequests(network.urls)).toEqual([]);
});

test('the command palette finds and runs a command', async ({ page, network }) => {
  await openAppWithSample(page);
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(page.getByTestId('palette-input')).toBeFocused();
  await page.getByTestId('palette-input').fill('侧栏');
  await page.screenshot({ path: `${screenshotDir}/landlink-command-palette.png` });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toBeHidden();
  // Ctrl+Shift+P opens it too, and it matches English labels whatever the UI language.
  await page.keyboard.press('Control+Shift+P');
  await page.getByTestId('palette-input').fill('side panel');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('side-panel')).toBeVisible();
  expect(externalRequests(network.urls)).toEqual([]);
});

test('the status bar follows the cursor and the scale', async ({ page }) => {
  await openAppWithSample(page);
  const box = (await page.getByTestId('map').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByTestId('status-cursor')).toContainText(/经度 11\d\.\d{6}，纬度 3\d\.\d{6}/);
  await expect(page.getByTestId('status-scale')).toContainText(/比例尺 1:[\d,]+/);
});

// Offline basemaps as a person adds them: 添加底图… in the basemap panel, a file from sample-data/basemaps/ through
// the file chooser, the map zooms there, and the basemap shows under the sample county's parcels. Pixels are read
// from MapLibre's WebGL canvas (it keeps its drawing buffer) with the basemap shown and hidden.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

const basemaps = fileURLToPath(new URL('../../sample-data/basemaps/', import.meta.url));
const screenshot = (name: string): string => fileURLToPath(new URL(`./screenshots/landlink-basemap-${name}.png`, import.meta.url));
const PROJECT_LAYERS = ['parcels-fill', 'sites-fill', 'construction-fill', 'houses-circle'];

async function addBasemap(page: Page, file: string): Promise<void> {
  if (await page.getByTestId('basemap-toggle').isVisible()) await page.getByTestId('basemap-toggle').click();
  const rows = await page.getByTestId('basemap-row').count();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('basemap-add').click();
  await (await chooser).setFiles(path.join(basemaps, file));
  await expect(page.getByTestId('basemap-row')).toHaveCount(rows + 1);
  await expect(page.getByTestId('toast-info').filter({ hasText: file })).toBeVisible();
  await waitForMapIdle(page);
}

/** Shows or hides the newest basemap (first row) and waits for the map to draw it. */
async function setNewestVisible(page: Page, visible: boolean): Promise<void> {
  await page.getByTestId('basemap-visible').first().setChecked(visible);
  await page.evaluate(() => new Promise<void>((resolve) => {
    const map = window.__landlinkMap!;
    map.once('idle', () => resolve());
    map.triggerRepaint();
  }));
  await waitForMapIdle(page);
}

interface Probe {
  /** CSS pixel position on the map canvas. */
  readonly x: number;
  readonly y: number;
}

/**
 * Points on the map: `open` ones (inside the basemap's bounds, no project feature there but the village fill) and
 * `parcel` ones (the centre of a rendered parcel's bounding box that queryRenderedFeatures confirms is on a parcel).
 */
async function probes(page: Page, bounds: readonly number[]): Promise<{ open: Probe[]; parcel: Probe[] }> {
  return page.evaluate(
    ({ bounds, projectLayers }) => {
      const map = window.__landlinkMap!;
      const [west, south, east, north] = bounds as [number, number, number, number];
      const topLeft = map.project([west, north]);
      const bottomRight = map.project([east, south]);
      const canvas = map.getCanvas();
      const width = canvas.clientWidth;
      const height = canvas.clientHeight;
      // Pixels come from the canvas, so points under the basemap panel count too.
      const [left, right] = [Math.max(2, topLeft.x), Math.min(width - 2, bottomRight.x)];
      const [top, bottom] = [Math.max(2, topLeft.y), Math.min(height - 2, bottomRight.y)];
      const open: { x: number; y: number }[] = [];
      for (let gx = 0.05; gx < 1; gx += 0.1)
        for (let gy = 0.05; gy < 1; gy += 0.1) {
          const x = Math.round(left + (right - left) * gx);
          const y = Math.round(top + (bottom - top) * gy);
          const box: [[number, number], [number, number]] = [[x - 6, y - 6], [x + 6, y + 6]];
          const lines = map.queryRenderedFeatures(box, { layers: ['parcels-line', 'context-roads', 'context-rivers', 'villages-line', 'townships-line', 'county-line'] });
          if (map.queryRenderedFeatures(box, { layers: projectLayers }).length === 0 && lines.length === 0) open.push({ x, y });
        }
      const parcel: { x: number; y: number }[] = [];
      for (const feature of map.queryRenderedFeatures({ layers: ['parcels-fill'] })) {
        const ring = (feature.geometry as GeoJSON.Polygon).coordinates?.[0] ?? (feature.geometry as GeoJSON.MultiPolygon).coordinates?.[0]?.[0];
        if (!ring) continue;
        const points = ring.map((c) => map.project(c as [number, number]));
        const [x0, x1] = [Math.min(...points.map((p) => p.x)), Math.max(...points.map((p) => p.x))];
        const [y0, y1] = [Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.y))];
        // A point of the parcel where the parcel's fill is the top-most feature (not a house marker or a label).
        search: for (let fx = 0.2; fx < 0.9; fx += 0.15)
          for (let fy = 0.2; fy < 0.9; fy += 0.15) {
            const x = Math.round(x0 + (x1 - x0) * fx);
            const y = Math.round(y0 + (y1 - y0) * fy);
            if (x < 2 || x > width - 2 || y < 2 || y > height - 2) continue;
            if (map.queryRenderedFeatures([[x - 1, y - 1], [x + 1, y + 1]])[0]?.layer.id === 'parcels-fill' && map.queryRenderedFeatures([[x - 1, y - 1], [x + 1, y + 1]]).every((f) => f.layer.id === 'parcels-fill' || f.layer.id.startsWith('villages') || f.layer.id.startsWith('basemap-'))) {
              parcel.push({ x, y });
              break search;
            }
          }
      }
      return { open, parcel };
    },
    { bounds, projectLayers: PROJECT_LAYERS },
  );
}

/** RGB of the drawn map at CSS pixel positions, from the WebGL drawing buffer (bottom-up rows, device pixels). */
async function pixels(page: Page, points: readonly Probe[]): Promise<[number, number, number][]> {
  return page.evaluate((points) => {
    const map = window.__landlinkMap!;
    const canvas = map.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext;
    const ratio = canvas.width / canvas.clientWidth;
    return points.map(({ x, y }) => {
      const out = new Uint8Array(4);
      gl.readPixels(Math.round(x * ratio), canvas.height - 1 - Math.round(y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, out);
      return [out[0]!, out[1]!, out[2]!] as [number, number, number];
    });
  }, points);
}

const distance = (a: readonly number[], b: readonly number[]): number => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

async function newestBasemapBounds(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const map = window.__landlinkMap!;
    const source = map.getStyle().sources;
    const id = Object.keys(source).filter((k) => k.startsWith('basemap-')).sort((a, b) => Number(b.slice(8)) - Number(a.slice(8)))[0]!;
    const spec = source[id] as { bounds?: number[]; coordinates?: number[][] };
    if (spec.bounds) return spec.bounds;
    const c = spec.coordinates!;
    return [c[0]![0]!, c[2]![1]!, c[1]![0]!, c[0]![1]!];
  });
}

/** Basemap layers all come before (under) the first project layer in the style. */
async function basemapsUnderProject(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const ids = window.__landlinkMap!.getStyle().layers.map((l) => l.id);
    const lastBasemap = Math.max(...ids.map((id, i) => (id.startsWith('basemap-') ? i : -1)));
    return lastBasemap >= 0 && lastBasemap < ids.indexOf('villages-fill') && lastBasemap < ids.indexOf('parcels-fill');
  });
}

/** Zooms in (z16) on a parcel well inside the basemap, where parcels are large enough to probe. */
async function zoomToParcelInside(page: Page, bounds: readonly number[]): Promise<void> {
  const found = await page.evaluate((bounds) => {
    const map = window.__landlinkMap!;
    const [west, south, east, north] = bounds as [number, number, number, number];
    const inside = (lon: number, lat: number): boolean =>
      lon > west + (east - west) * 0.25 && lon < east - (east - west) * 0.25 && lat > south + (north - south) * 0.25 && lat < north - (north - south) * 0.25;
    for (const feature of map.querySourceFeatures('reclaim_parcels')) {
      const ring = (feature.geometry as GeoJSON.Polygon).coordinates?.[0] ?? (feature.geometry as GeoJSON.MultiPolygon).coordinates?.[0]?.[0];
      const first = ring?.[0] as [number, number] | undefined;
      if (first && inside(first[0], first[1])) {
        map.jumpTo({ center: first, zoom: 16 });
        return true;
      }
    }
    return false;
  }, bounds);
  expect(found, 'a parcel inside the basemap').toBe(true);
  await waitForMapIdle(page);
}

/** Shown vs hidden: open ground changes a lot, parcels (drawn on top at 85 % opacity) barely. */
async function expectUnderParcels(page: Page): Promise<void> {
  const bounds = await newestBasemapBounds(page);
  await zoomToParcelInside(page, bounds);
  const { open, parcel } = await probes(page, bounds);
  expect(open.length, 'open ground inside the basemap').toBeGreaterThan(3);
  expect(parcel.length, 'parcels inside the basemap').toBeGreaterThan(0);
  const shownOpen = await pixels(page, open);
  const shownParcel = await pixels(page, parcel);
  await setNewestVisible(page, false);
  const hiddenOpen = await pixels(page, open);
  const hiddenParcel = await pixels(page, parcel);
  await setNewestVisible(page, true);
  const changedOpen = shownOpen.filter((rgb, i) => distance(rgb, hiddenOpen[i]!) > 12).length;
  expect(changedOpen / open.length, 'share of open ground the basemap recolours').toBeGreaterThan(0.6);
  for (const [i, rgb] of shownParcel.entries()) expect(distance(rgb, hiddenParcel[i]!), `parcel pixel ${i} stays parcel-coloured`).toBeLessThan(60);
  expect(await basemapsUnderProject(page)).toBe(true);
}

test('a raster PMTiles and a GeoTIFF in EPSG:4547 show under the parcels, offline', async ({ page, network }) => {
  await openAppWithSample(page);

  await addBasemap(page, 'fields-raster.pmtiles');
  await expect(page.getByTestId('basemap-row').first()).toContainText('PMTiles 栅格');
  await expectUnderParcels(page);
  await page.screenshot({ path: screenshot('pmtiles') });

  await addBasemap(page, 'ortho-cgcs2000-gk114.tif');
  await expect(page.getByTestId('basemap-row').first()).toContainText('GeoTIFF 影像');
  await expectUnderParcels(page);
  await page.screenshot({ path: screenshot('geotiff') });

  // Opacity and removal act on the map.
  await page.getByTestId('basemap-opacity').first().fill('40');
  await expect.poll(() => page.evaluate(() => window.__landlinkMap!.getPaintProperty('basemap-2-image', 'raster-opacity'))).toBe(0.4);
  await page.getByTestId('basemap-remove').first().click();
  await expect(page.getByTestId('basemap-row')).toHaveCount(1);
  expect(await page.evaluate(() => Boolean(window.__landlinkMap!.getSource('basemap-2')))).toBe(false);

  expect(externalRequests(network.urls)).toEqual([]);
});

test('a vector PMTiles gets the default style with Chinese labels, and an MBTiles raster shows too', async ({ page, network }) => {
  await openAppWithSample(page);
  await addBasemap(page, 'fields-vector.pmtiles');
  await expect(page.getByTestId('basemap-row').first()).toContainText('PMTiles 矢量');
  await expect.poll(() => page.evaluate(() => window.__landlinkMap!.queryRenderedFeatures({ layers: ['basemap-1-0-fill'] }).length)).toBeGreaterThan(0);
  const labels = await page.evaluate(() => window.__landlinkMap!.queryRenderedFeatures({ layers: ['basemap-1-0-label'] }).map((f) => f.properties.name as string));
  expect(labels).toContain('耕地');
  expect(await basemapsUnderProject(page)).toBe(true);
  await page.screenshot({ path: screenshot('vector-pmtiles') });

  await addBasemap(page, 'fields-raster.mbtiles');
  await expect(page.getByTestId('basemap-row').first()).toContainText('MBTiles 栅格');
  await expectUnderParcels(page);
  await page.screenshot({ path: screenshot('mbtiles') });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a file that is no basemap gets a clear message naming it', async ({ page }) => {
  await openAppWithSample(page);
  await page.getByTestId('basemap-toggle').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('basemap-add').click();
  await (await chooser).setFiles(fileURLToPath(new URL('../fixtures/import/two-parcels.geojson', import.meta.url)));
  const error = page.getByTestId('toast-error');
  await expect(error).toContainText('two-parcels.geojson');
  await expect(error).toContainText('PMTiles、MBTiles 或 GeoTIFF');
  await expect(page.getByTestId('basemap-row')).toHaveCount(0);
  await page.screenshot({ path: screenshot('error') });

  const tiffChooser = page.waitForEvent('filechooser');
  await page.getByTestId('basemap-add').click();
  await (await tiffChooser).setFiles(path.join(basemaps, 'plain-no-georeference.tif'));
  const tiffError = page.getByTestId('toast-error').filter({ hasText: 'plain-no-georeference.tif' });
  await expect(tiffError).toContainText('没有地理参考');
  await expect(tiffError).toContainText('gdal_translate');
  await expect(page.getByTestId('basemap-row')).toHaveCount(0);
});

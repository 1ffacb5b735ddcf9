// Drawing and editing as staff do it: draw a parcel that snaps to a neighbour's corner, watch its area while drawing,
// undo and redo it; refuse a bow-tie; split a parcel and merge it back; measure.
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

interface Anchor {
  /** Page pixel of a corner of an existing parcel. */
  corner: { x: number; y: number };
  cornerLonLat: [number, number];
  mapBox: { x: number; y: number; width: number; height: number };
}

/** Zooms to an accepted parcel and returns one of its corners on screen. */
async function zoomToParcelCorner(page: Page): Promise<Anchor> {
  const data = await page.evaluate(async () => {
    const state = window.__landlinkState!();
    const parcels = state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features;
    const parcel = parcels.find((f) => f.properties?.status === 'accepted')!;
    const ring = (parcel.geometry as GeoJSON.MultiPolygon).coordinates[0]![0]!;
    const corner = ring[0]! as [number, number];
    const map = window.__landlinkMap!;
    map.jumpTo({ center: corner, zoom: 18 });
    await new Promise<void>((resolve) => map.once('idle', () => resolve()));
    const p = map.project(corner);
    const rect = map.getCanvas().getBoundingClientRect();
    return { corner: { x: rect.left + p.x, y: rect.top + p.y }, cornerLonLat: corner, mapBox: { x: rect.left, y: rect.top, width: rect.width, height: rect.height } };
  });
  return data;
}

async function parcelCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__landlinkState!().project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features.length);
}

test('draw a parcel with snapping and live area, then undo and redo', async ({ page, network }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  const anchor = await zoomToParcelCorner(page);
  await page.getByTestId('draw-new-parcel').click();
  // First corner 4 px away from the neighbour's corner: it must snap onto it exactly.
  const start = { x: anchor.corner.x + 3, y: anchor.corner.y + 2 };
  const side = 120;
  const points = [start, { x: start.x - side, y: start.y }, { x: start.x - side, y: start.y - side }, { x: start.x, y: start.y - side }];
  for (const p of points) await page.mouse.click(p.x, p.y);
  await page.mouse.move(start.x - 10, start.y - 10);
  await expect(page.getByTestId('draw-live-area')).toContainText('亩');
  await page.screenshot({ path: fileURLToPath(new URL('./screenshots/landlink-draw-live-area.png', import.meta.url)) });
  await page.mouse.click(anchor.corner.x, anchor.corner.y); // close on the first corner
  await expect.poll(() => parcelCount(page)).toBe(before + 1);
  await expect(page.getByTestId('toast-info').filter({ hasText: '已新建地块' })).toBeVisible();
  // Drawn from the neighbour's corner into it: the overlap is reported with the neighbour's code and the shared area.
  await expect(page.getByTestId('toast-error').filter({ hasText: '重叠' })).toContainText(/FK-\d+（\d+\.\d\d 亩/);

  const added = await page.evaluate(() => {
    const state = window.__landlinkState!();
    const fid = state.selection!.fids[0]!;
    const parcel = state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features.find((f) => f.properties?.fid === fid)!;
    return { ring: (parcel.geometry as GeoJSON.MultiPolygon).coordinates[0]![0]!, status: parcel.properties?.status, village: parcel.properties?.village };
  });
  // Snapped: a corner of the new parcel is the neighbour's corner (to Terra Draw's 1e-9° precision, 0.1 mm).
  expect(added.ring.some((p) => Math.abs(p[0]! - anchor.cornerLonLat[0]) < 1e-9 && Math.abs(p[1]! - anchor.cornerLonLat[1]) < 1e-9)).toBe(true);
  expect(added.status).toBe('planned');
  expect(typeof added.village).toBe('string');
  await expect(page.getByTestId('feature-panel')).toContainText('椭球面积');

  await page.keyboard.press('Control+z');
  await expect.poll(() => parcelCount(page)).toBe(before);
  await page.keyboard.press('Control+y');
  await expect.poll(() => parcelCount(page)).toBe(before + 1);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a self-intersecting parcel is refused with the reason', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  const { mapBox } = await zoomToParcelCorner(page);
  await page.evaluate(() => window.__landlinkMap!.panBy([0, -250], { animate: false }));
  await waitForMapIdle(page);
  await page.getByTestId('draw-new-parcel').click();
  const cx = mapBox.x + mapBox.width / 2;
  const cy = mapBox.y + mapBox.height / 2;
  // A bow-tie: the third click crosses the first edge.
  for (const [dx, dy] of [[-80, -80], [80, 80], [80, -80], [-80, 80]] as const) await page.mouse.click(cx + dx, cy + dy);
  await page.keyboard.press('Enter');
  const refusal = page.getByTestId('toast-error').filter({ hasText: '图形无效' });
  const stillDrawing = page.getByTestId('draw-readout');
  // Terra Draw may refuse the crossing itself; either way nothing is added and the reason or the tool stays.
  await expect(refusal.or(stillDrawing).first()).toBeVisible();
  expect(await parcelCount(page)).toBe(before);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('draw-readout')).toHaveCount(0);
});

test('split a parcel by a line, then merge the parts back', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  const parcel = await page.evaluate(() => {
    const state = window.__landlinkState!();
    const parcels = state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features;
    const found = parcels.find((f) => Number(f.properties?.area_m2) > 3000 && (f.geometry as GeoJSON.MultiPolygon).coordinates.length === 1)!;
    return { code: String(found.properties?.code), area: Number(found.properties?.area_m2) };
  });
  // Select it the way staff find a parcel: by its code in the search box (this also zooms to it).
  await page.keyboard.press('Control+f');
  await page.keyboard.type(parcel.code);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('feature-panel')).toContainText(parcel.code);
  await waitForMapIdle(page);
  const cut = await page.evaluate(() => {
    const state = window.__landlinkState!();
    const fid = state.selection!.fids[0];
    const feature = state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features.find((f) => f.properties?.fid === fid)!;
    const ring = (feature.geometry as GeoJSON.MultiPolygon).coordinates[0]![0]!;
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    const map = window.__landlinkMap!;
    // Room around the parcel, and clear of the drawing toolbar at the top.
    map.fitBounds([Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], { padding: { top: 150, bottom: 80, left: 80, right: 80 }, animate: false });
    const rect = map.getCanvas().getBoundingClientRect();
    const midX = (Math.min(...xs) + Math.max(...xs)) / 2;
    const top = map.project([midX, Math.max(...ys)]);
    const bottom = map.project([midX, Math.min(...ys)]);
    return { x: rect.left + top.x, top: rect.top + top.y - 25, bottom: rect.top + bottom.y + 25 };
  });
  const target = { area: parcel.area };
  await page.getByTestId('draw-split').click();
  // A north-south cut through the middle, from above the parcel to below it.
  await page.mouse.click(cut.x, cut.top);
  await page.mouse.dblclick(cut.x, cut.bottom);
  await expect.poll(() => parcelCount(page)).toBe(before + 1);
  await expect(page.getByTestId('toast-info').filter({ hasText: '已分割' })).toBeVisible();
  const parts = await page.evaluate(() => {
    const state = window.__landlinkState!();
    const wanted = new Set(state.selection!.fids);
    return state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features.filter((f) => wanted.has(f.properties?.fid as number)).map((f) => Number(f.properties?.area_m2));
  });
  expect(parts).toHaveLength(2);
  expect(Math.abs(parts[0]! + parts[1]! - target.area)).toBeLessThan(0.1);

  await page.getByTestId('draw-merge').click();
  await expect.poll(() => parcelCount(page)).toBe(before);
  const merged = await page.evaluate(() => {
    const state = window.__landlinkState!();
    const fid = state.selection!.fids[0];
    return Number(state.project!.view.layers.find((l) => l.table === 'reclaim_parcels')!.features.features.find((f) => f.properties?.fid === fid)!.properties?.area_m2);
  });
  expect(Math.abs(merged - target.area)).toBeLessThan(0.1);
});

test('measure a distance', async ({ page }) => {
  await openAppWithSample(page);
  const { mapBox } = await zoomToParcelCorner(page);
  await page.getByTestId('draw-measure-distance').click();
  await page.mouse.click(mapBox.x + 100, mapBox.y + 300);
  await page.mouse.dblclick(mapBox.x + 400, mapBox.y + 300);
  await expect(page.getByTestId('draw-measured')).toContainText(/长度 \d+\.\d\d m/);
});

test('the history list names each step and goes back several at once', async ({ page }) => {
  await openAppWithSample(page);
  const before = await parcelCount(page);
  const { mapBox } = await zoomToParcelCorner(page);
  await page.evaluate(() => window.__landlinkMap!.panBy([0, -300], { animate: false }));
  await waitForMapIdle(page);
  // Two new parcels, side by side, away from the others (left of the messages that appear at the bottom right).
  for (const [index, offset] of [-280, -160].entries()) {
    await page.getByTestId('draw-new-parcel').click();
    const x = mapBox.x + mapBox.width / 2 + offset;
    const y = mapBox.y + mapBox.height / 2;
    for (const [dx, dy] of [[0, 0], [80, 0], [80, 80], [0, 80]] as const) await page.mouse.click(x + dx, y + dy);
    await page.mouse.click(x, y);
    await expect.poll(() => parcelCount(page)).toBe(before + index + 1);
  }
  const panel = page.getByTestId('history-panel');
  await expect(panel.locator('li')).toHaveCount(3);
  await expect(panel).toContainText('绘制新地块');
  await page.getByTestId('history-start').click();
  await expect.poll(() => parcelCount(page)).toBe(before);
  // Both steps are now redoable, shown struck through; the newest redo is first.
  await expect(panel.locator('li.undone')).toHaveCount(2);
  await panel.locator('li.undone').first().getByRole('button').click();
  await expect.poll(() => parcelCount(page)).toBe(before + 2);
});

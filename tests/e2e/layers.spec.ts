// The layer panel: toggling a layer changes the map and the legend; a status filter restyles both.
import { test, expect, externalRequests, openAppWithSample, renderedCounts, waitForMapIdle } from './app-fixture';
import { fileURLToPath } from 'node:url';

test('toggle, filter and reorder layers; the legend follows', async ({ page, network }) => {
  await openAppWithSample(page);
  const legend = page.getByTestId('legend-reclaim_parcels');
  await expect(legend.locator('li')).toHaveCount(5);
  expect((await renderedCounts(page, ['houses-circle']))['houses-circle']).toBeGreaterThan(0);

  // Hide old houses: no house on the map, no house legend.
  await page.getByTestId('layer-visible-old_houses').uncheck();
  await waitForMapIdle(page);
  expect((await renderedCounts(page, ['houses-circle']))['houses-circle']).toBe(0);
  await expect(page.getByTestId('legend-old_houses')).toHaveCount(0);
  await page.getByTestId('layer-visible-old_houses').check();
  await waitForMapIdle(page);
  expect((await renderedCounts(page, ['houses-circle']))['houses-circle']).toBeGreaterThan(0);

  // Filter parcels to accepted ones: the legend keeps one entry, the map only accepted parcels.
  await page.getByTestId('layer-reclaim_parcels').getByRole('button', { name: '复垦地块' }).click();
  await page.getByTestId('layer-filter-reclaim_parcels-status').selectOption('accepted');
  await expect(legend.locator('li')).toHaveCount(1);
  await expect(legend).toContainText('验收');
  await waitForMapIdle(page);
  const statuses = await page.evaluate(() => [...new Set(window.__landlinkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] }).map((f) => f.properties.status))]);
  expect(statuses).toEqual(['accepted']);
  await page.screenshot({ path: fileURLToPath(new URL('./screenshots/landlink-layer-panel.png', import.meta.url)) });
  await page.getByTestId('layer-filter-reclaim_parcels-status').selectOption('');
  await expect(legend.locator('li')).toHaveCount(5);

  // Opacity reaches the paint property; order moves the parcels below the houses' neighbour.
  await page.getByTestId('layer-opacity-reclaim_parcels').fill('40');
  expect(await page.evaluate(() => window.__landlinkMap!.getPaintProperty('parcels-fill', 'fill-opacity'))).toBeCloseTo(0.85 * 0.4, 5);
  const indexOf = (id: string): Promise<number> => page.evaluate((layerId) => window.__landlinkMap!.getStyle().layers.findIndex((l) => l.id === layerId), id);
  expect(await indexOf('parcels-fill')).toBeGreaterThan(await indexOf('construction-fill'));
  await page.getByTestId('layer-reclaim_parcels').getByRole('button', { name: '下移一层' }).click();
  await expect.poll(async () => (await indexOf('parcels-fill')) < (await indexOf('construction-fill'))).toBe(true);

  // Linkage project areas are outlined around their parcels and plots, one per project, with their code.
  await expect(page.getByTestId('layer-linkage_outlines')).toContainText('挂钩项目区');
  await expect(page.getByTestId('layer-visible-linkage_outlines')).not.toBeChecked();
  await page.getByTestId('layer-visible-linkage_outlines').check();
  await waitForMapIdle(page);
  const outlines = await page.evaluate(() => window.__landlinkMap!.querySourceFeatures('linkage_outlines').map((f) => String(f.properties.code)));
  const projects = await page.evaluate(() => window.__landlinkState!().project!.view.summary.projects.map((p) => p.code));
  expect(new Set(outlines)).toEqual(new Set(projects));

  // Zoom to layer fits the map to the resettlement sites.
  const zoomBefore = await page.evaluate(() => window.__landlinkMap!.getZoom());
  await page.getByTestId('layer-zoom-resettlement_sites').click();
  expect(await page.evaluate(() => window.__landlinkMap!.getZoom())).not.toBeCloseTo(zoomBefore, 2);
  expect(externalRequests(network.urls)).toEqual([]);
});

// The attribute table (属性表) as staff use it: open it, sort by area, filter by status, select rows and see them on
// the map, zoom to a row, edit a status and watch the map restyle, have a bad value refused at the cell, undo an edit,
// follow a selection made on the map, and edit a parcel in the feature form. Nothing leaves 127.0.0.1.
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample, waitForMapIdle } from './app-fixture';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

async function openTable(page: Page): Promise<Locator> {
  await openAppWithSample(page);
  // F6, as in QGIS (Ctrl+T, used by the ledger tests, is taken by a plain browser for a new tab).
  await page.keyboard.press('F6');
  const table = page.getByTestId('attribute-table');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('table-tab-reclaim_parcels')).toHaveAttribute('aria-selected', 'true');
  await expect(table.getByTestId('table-row').first()).toBeVisible();
  return table;
}

const rows = (page: Page): Locator => page.getByTestId('table-row');
const row = (page: Page, fid: number): Locator => page.locator(`[data-testid="table-row"][data-fid="${fid}"]`);
const cell = (page: Page, fid: number, column: string): Locator => row(page, fid).locator(`[data-column="${column}"]`);
const number = (text: string): number => Number(text.replace(/,/g, ''));

async function columnTexts(page: Page, column: string): Promise<string[]> {
  return page.locator(`[data-testid="table-row"] [data-column="${column}"]`).allTextContents();
}

async function firstRowFid(page: Page): Promise<number> {
  return Number(await rows(page).first().getAttribute('data-fid'));
}

/** Fids of the selected table's features the highlight layer draws in the current view. */
async function highlightedFids(page: Page, table = 'reclaim_parcels'): Promise<number[]> {
  return page.evaluate((t) => {
    const map = window.__landlinkMap!;
    return [...new Set(map.queryRenderedFeatures({ layers: [`selection-highlight-${t}`] }).map((f) => Number(f.properties.fid)))];
  }, table);
}

/** Status of a parcel as the map draws it (the fill layer's feature properties). */
async function renderedStatus(page: Page, fid: number): Promise<string | null> {
  return page.evaluate((id) => {
    const hit = window.__landlinkMap!.queryRenderedFeatures({ layers: ['parcels-fill'] }).find((f) => Number(f.properties.fid) === id);
    return hit ? String(hit.properties.status) : null;
  }, fid);
}

/** A point (CSS pixels, relative to the map) where the parcel's fill is the top feature, or null. */
async function pointOnParcel(page: Page, fid: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate((id) => {
    const map = window.__landlinkMap!;
    const canvas = map.getCanvas();
    const width = canvas.clientWidth;
    const height = canvas.clientHeight;
    const rect = canvas.getBoundingClientRect();
    // Map controls and tool bars float over the canvas: only points where the canvas itself is on top count.
    const onCanvas = (x: number, y: number): boolean => document.elementFromPoint(rect.left + x, rect.top + y) === canvas;
    for (let step = 8; step >= 2; step /= 2) {
      for (let y = step; y < height; y += step) {
        for (let x = step; x < width; x += step) {
          const top = map.queryRenderedFeatures([x, y])[0];
          if (top?.layer.id === 'parcels-fill' && Number(top.properties.fid) === id && onCanvas(x, y)) {
            // Keep off the outline and the label: the 3 × 3 neighbourhood must be the same parcel's fill too.
            const around = [-3, 0, 3].flatMap((dx) => [-3, 0, 3].map((dy) => map.queryRenderedFeatures([x + dx, y + dy])[0]));
            if (around.every((f) => f?.layer.id === 'parcels-fill' && Number(f.properties.fid) === id)) return { x, y };
          }
        }
      }
    }
    return null;
  }, fid);
}

/** RGBA of the map canvas at a CSS pixel. */
async function pixelAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(({ x, y }) => {
    const canvas = window.__landlinkMap!.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const ratio = window.devicePixelRatio;
    const data = new Uint8Array(4);
    gl.readPixels(Math.round(x * ratio), Math.round(canvas.height - y * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, data);
    return [...data];
  }, point);
}

/** How many canvas pixels have the selection outline's cyan (#00e5ff), which no layer style uses. */
async function highlightPixelCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = window.__landlinkMap!.getCanvas();
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const data = new Uint8Array(canvas.width * canvas.height * 4);
    gl.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, data);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 60 && data[i + 1]! > 180 && data[i + 2]! > 200) count++;
    return count;
  });
}

/** Narrows the table to one parcel by its code and returns that parcel's fid. */
async function showOnlyCode(page: Page, code: string): Promise<number> {
  await page.getByTestId('column-filter-code').fill(code);
  await expect(rows(page)).toHaveCount(1);
  return firstRowFid(page);
}

/** The code of the first parcel with this status. */
async function codeWithStatus(page: Page, status: string): Promise<string> {
  await page.getByTestId(`status-filter-${status}`).click();
  // The grid applies filters a frame after the click (it stays responsive on 200,000 rows): wait for them.
  const label = await page.getByTestId(`status-filter-${status}`).textContent();
  await expect.poll(async () => new Set(await columnTexts(page, 'status'))).toEqual(new Set([label]));
  const fid = await firstRowFid(page);
  const code = (await cell(page, fid, 'code').textContent())!;
  await page.getByTestId(`status-filter-${status}`).click();
  return code;
}

test('sorts by area, filters by status, selects a row, shows it on the map and zooms to it', async ({ page, network }) => {
  const table = await openTable(page);
  await expect(table.getByTestId('column-header-area_mu')).toHaveText(/椭球面积（亩）/);
  await expect(table.getByTestId('column-header-status')).toHaveText('状态');
  const total = number(/共 ([\d,]+) 行/.exec((await page.getByTestId('table-count').textContent())!)![1]!);
  expect(total).toBe(Number(await page.getByTestId('count-reclaim_parcels').textContent()));

  // Sort by ellipsoidal area: ascending, then descending; the largest parcel comes first and the order holds.
  await table.getByTestId('column-header-area_mu').click();
  await expect(table.getByTestId('column-header-area_mu')).toHaveAttribute('aria-sort', 'ascending');
  const sorted = async (direction: 1 | -1): Promise<number[] | null> => {
    const values = (await columnTexts(page, 'area_mu')).map(number);
    return values.every((v, i) => i === 0 || direction * (v - values[i - 1]!) >= 0) ? values : null;
  };
  await expect.poll(() => sorted(1)).not.toBeNull();
  const ascending = (await sorted(1))!;
  expect(ascending.length).toBeGreaterThan(5);
  await table.getByTestId('column-header-area_mu').click();
  await expect(table.getByTestId('column-header-area_mu')).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => sorted(-1)).not.toBeNull();
  const descending = (await sorted(-1))!;
  expect(descending[0]).toBeGreaterThan(ascending.at(-1)!);

  // Filter by status: only accepted parcels remain, fewer rows, and every shown status reads 已验收.
  await page.getByTestId('status-filter-accepted').click();
  await expect(page.getByTestId('status-filter-accepted')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => new Set(await columnTexts(page, 'status'))).toEqual(new Set(['已验收']));
  const shown = number(/显示 ([\d,]+)/.exec((await page.getByTestId('table-count').textContent())!)![1]!);
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  // The footer sums the filtered rows while nothing is selected.
  await expect(page.getByTestId('table-area-sum')).toContainText(`筛选结果 ${shown.toLocaleString('en-US')} 行 Σ 椭球面积`);

  // Select the largest accepted parcel: the row is selected, the footer sums it alone, the map outlines it.
  const fid = await firstRowFid(page);
  const areaText = (await cell(page, fid, 'area_mu').textContent())!;
  await cell(page, fid, 'code').click();
  await expect(row(page, fid)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('table-area-sum')).toContainText(`所选 1 行 Σ 椭球面积 ${areaText} 亩`);
  await expect(page.getByTestId('table-selected-count')).toHaveText('已选 1 行');

  // Zoom to row: the map fits the parcel and its highlight outline is drawn.
  const zoomBefore = await page.evaluate(() => window.__landlinkMap!.getZoom());
  await page.getByTestId('zoom-to-selection').click();
  await waitForMapIdle(page);
  expect(await page.evaluate(() => window.__landlinkMap!.getZoom())).toBeGreaterThan(zoomBefore + 2);
  await expect.poll(() => highlightedFids(page)).toEqual([fid]);
  // …and really drawn on top: the canvas shows the outline's cyan.
  await expect.poll(() => highlightPixelCount(page)).toBeGreaterThan(100);
  await page.screenshot({ path: `${screenshotDir}/landlink-table-selected.png` });

  // Shift-click adds the next rows, Ctrl-click takes one away again; the map follows.
  const fids = await rows(page).evaluateAll((els) => els.slice(0, 3).map((el) => Number(el.getAttribute('data-fid'))));
  await cell(page, fids[2]!, 'code').click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('table-selected-count')).toHaveText('已选 3 行');
  await cell(page, fids[1]!, 'code').click({ modifiers: ['Control'] });
  await expect(page.getByTestId('table-selected-count')).toHaveText('已选 2 行');
  await expect(row(page, fids[1]!)).toHaveAttribute('aria-selected', 'false');

  // The column chooser hides and shows columns; the area in m² is there on request, labelled ellipsoidal.
  await page.getByTestId('column-chooser').click();
  await page.getByTestId('column-toggle-area_m2').check();
  await page.getByTestId('column-toggle-contractor').uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByTestId('column-header-area_m2')).toHaveText(/椭球面积（m²）/);
  await expect(table.getByTestId('column-header-contractor')).toHaveCount(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('editing a status in the table restyles the map; Ctrl+Z undoes it', async ({ page, network }) => {
  await openTable(page);
  const code = await codeWithStatus(page, 'planned');
  const fid = await showOnlyCode(page, code);
  await cell(page, fid, 'code').click();
  await page.getByTestId('zoom-to-selection').click();
  await waitForMapIdle(page);
  await expect.poll(() => renderedStatus(page, fid)).toBe('planned');
  const point = await pointOnParcel(page, fid);
  expect(point).not.toBeNull();
  const before = await pixelAt(page, point!);
  // Planned is a light grey: no channel far from the others.
  expect(Math.max(...before.slice(0, 3)) - Math.min(...before.slice(0, 3))).toBeLessThan(40);

  // Double-click the status cell, pick 已验收 from the list, Enter commits.
  await cell(page, fid, 'status').dblclick();
  const editor = page.getByTestId('cell-editor-input');
  await expect(editor).toBeFocused();
  await editor.selectOption('accepted');
  await editor.press('Enter');
  await expect(cell(page, fid, 'status')).toHaveText('已验收');
  await expect(page.getByTestId('dirty-mark')).toBeVisible();
  await waitForMapIdle(page);
  await expect.poll(() => renderedStatus(page, fid)).toBe('accepted');
  const after = await pixelAt(page, point!);
  // Accepted is #1a9850 at 85 %: clearly green.
  expect(after[1]).toBeGreaterThan(after[0]! + 40);
  expect(after[1]).toBeGreaterThan(after[2]! + 20);
  await page.screenshot({ path: `${screenshotDir}/landlink-table-status-edit.png` });

  // One edit is one undo step: Ctrl+Z brings back 规划 in the table and grey on the map.
  await page.getByTestId('attribute-grid').focus();
  await page.keyboard.press('Control+z');
  await expect(cell(page, fid, 'status')).toHaveText('规划');
  await waitForMapIdle(page);
  await expect.poll(() => renderedStatus(page, fid)).toBe('planned');
  const undone = await pixelAt(page, point!);
  expect(Math.max(...undone.slice(0, 3)) - Math.min(...undone.slice(0, 3))).toBeLessThan(40);
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a bad value gets a message at the cell and changes nothing', async ({ page, network }) => {
  await openTable(page);
  const codes = await columnTexts(page, 'code');
  const fid = await showOnlyCode(page, codes[0]!);
  const startBefore = (await cell(page, fid, 'start_date').textContent())!;

  // An impossible date is refused before anything is written, with the field's Chinese name and the format.
  await cell(page, fid, 'start_date').dblclick();
  const editor = page.getByTestId('cell-editor-input');
  await editor.fill('2024-02-30');
  await editor.press('Enter');
  const error = page.getByTestId('cell-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('开工日期');
  await expect(error).toContainText('YYYY-MM-DD');
  await expect(editor).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/landlink-table-bad-value.png` });
  await editor.press('Escape');
  await expect(page.getByTestId('cell-editor')).toHaveCount(0);
  await expect(cell(page, fid, 'start_date')).toHaveText(startBefore);

  // A code another parcel already has is refused by the write path; its message shows at the cell too.
  await cell(page, fid, 'code').dblclick();
  await page.getByTestId('cell-editor-input').fill(codes[1]!);
  await page.getByTestId('cell-editor-input').press('Enter');
  await expect(page.getByTestId('cell-error')).toContainText('已存在');
  await page.getByTestId('cell-editor-input').press('Escape');
  await expect(cell(page, fid, 'code')).toHaveText(codes[0]!);

  // Nothing changed: the project is not dirty and there is nothing to undo.
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  await page.getByTestId('attribute-grid').focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('toast-info').filter({ hasText: '没有可撤销的操作' })).toBeVisible();
  expect(externalRequests(network.urls)).toEqual([]);
});

test('a parcel selected on the map is selected and scrolled into view in the table', async ({ page, network }) => {
  await openTable(page);
  // The parcel with the highest fid is the last row, far out of view.
  const target = await page.evaluate(() => {
    const map = window.__landlinkMap!;
    const parcels = map.querySourceFeatures('reclaim_parcels');
    const last = parcels.reduce((a, b) => (Number(b.properties.fid) > Number(a.properties.fid) ? b : a));
    const geometry = last.geometry as GeoJSON.Polygon | GeoJSON.MultiPolygon;
    const ring = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
    const lon = ring.reduce((s, p) => s + p[0]!, 0) / ring.length;
    const lat = ring.reduce((s, p) => s + p[1]!, 0) / ring.length;
    map.jumpTo({ center: [lon, lat], zoom: 17 });
    return Number(last.properties.fid);
  });
  await waitForMapIdle(page);
  await expect(row(page, target)).toHaveCount(0);
  const point = await pointOnParcel(page, target);
  expect(point).not.toBeNull();
  await page.getByTestId('map').click({ position: point! });
  await expect(row(page, target)).toBeVisible();
  await expect(row(page, target)).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => highlightedFids(page)).toEqual([target]);
  await waitForMapIdle(page);
  await expect.poll(() => highlightPixelCount(page)).toBeGreaterThan(100);
  await page.screenshot({ path: `${screenshotDir}/landlink-table-map-selection.png` });
  expect(externalRequests(network.urls)).toEqual([]);
});

test('the feature form edits a parcel with pick-lists, refuses a bad date at the field, and saves one undo step', async ({ page, network }) => {
  await openTable(page);
  const codes = await columnTexts(page, 'code');
  const fid = await showOnlyCode(page, codes[0]!);
  await cell(page, fid, 'code').click();
  await page.keyboard.press('Alt+Enter');
  const form = page.getByTestId('feature-form');
  await expect(form).toBeVisible();
  await expect(form.getByRole('heading')).toContainText(codes[0]!);
  await expect(page.getByTestId('form-area')).toContainText('亩');

  // Villages are a pick-list from admin_areas, narrowed to the township.
  const villageOptions = await page.getByTestId('form-field-village').locator('option').count();
  expect(villageOptions).toBeGreaterThan(3);
  expect(villageOptions).toBeLessThan(100);
  await expect(page.getByTestId('form-field-status').locator('option[value="accepted"]')).toHaveText('已验收');
  await expect(page.getByTestId('form-field-target_class').locator('option[value="0103"]')).toHaveText('0103 旱地');

  // A bad date gets its message at the field, and Save does not write.
  await page.getByTestId('form-field-completion_date').fill('2024-13-01');
  await expect(page.getByTestId('form-error-completion_date')).toContainText('竣工日期');
  await page.getByTestId('form-save').click();
  await expect(form).toBeVisible();
  await expect(page.getByTestId('dirty-mark')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/landlink-table-form.png` });

  await page.getByTestId('form-field-completion_date').fill('2024/6/1');
  await expect(page.getByTestId('form-error-completion_date')).toHaveCount(0);
  await page.getByTestId('form-field-target_class').selectOption('0404');
  await page.getByTestId('form-save').click();
  await expect(form).toHaveCount(0);
  await expect(cell(page, fid, 'completion_date')).toHaveText('2024-06-01');
  await expect(cell(page, fid, 'target_class')).toHaveText('其他草地');

  // Both fields were one feature.update: one Ctrl+Z restores both.
  await page.getByTestId('attribute-grid').focus();
  await page.keyboard.press('Control+z');
  await expect(cell(page, fid, 'target_class')).not.toHaveText('其他草地');
  await expect(cell(page, fid, 'completion_date')).not.toHaveText('2024-06-01');
  expect(externalRequests(network.urls)).toEqual([]);
});

test('ledger tables have tabs too: a linkage project is edited in place and the headers follow the language', async ({ page, network }) => {
  await openTable(page);
  await page.getByTestId('table-tab-linkage_projects').click();
  await expect(page.getByTestId('table-tab-linkage_projects')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('column-header-name')).toHaveText('项目名称');
  await expect(rows(page).first()).toBeVisible();
  // No geometry, so no status filter, no Σ area and no zoom to row.
  await expect(page.getByTestId('table-area-sum')).toHaveCount(0);
  await expect(page.getByTestId('zoom-to-selection')).toHaveCount(0);
  const fid = await firstRowFid(page);
  const name = (await cell(page, fid, 'name').textContent())!;

  // Typing on a selected cell starts an edit with that key, as in a spreadsheet; Enter saves it.
  await cell(page, fid, 'name').click();
  await page.keyboard.press('N');
  await expect(page.getByTestId('cell-editor-input')).toHaveValue('N');
  await page.keyboard.type('o.2 新项目');
  await page.keyboard.press('Enter');
  await expect(cell(page, fid, 'name')).toHaveText('No.2 新项目');
  // A required field cannot be emptied.
  await cell(page, fid, 'name').dblclick();
  await page.getByTestId('cell-editor-input').fill('');
  await page.getByTestId('cell-editor-input').press('Enter');
  await expect(page.getByTestId('cell-error')).toContainText('必填');
  await page.getByTestId('cell-editor-input').press('Escape');
  await page.keyboard.press('Control+z');
  await expect(cell(page, fid, 'name')).toHaveText(name);

  // English headers and labels after switching the language.
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('column-header-name')).toHaveText('Name');
  await page.getByTestId('table-tab-reclaim_parcels').click();
  await expect(page.getByTestId('column-header-area_mu')).toHaveText(/Ellipsoidal area \(mu\)/);
  await expect(page.getByTestId('status-filter-accepted')).toHaveText('Accepted');
  expect(externalRequests(network.urls)).toEqual([]);
});

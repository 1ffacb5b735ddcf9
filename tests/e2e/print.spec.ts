// The print layout view as county staff use it before a monthly meeting: Ctrl+P opens it over the map, the title and
// paper change the page at once, a template changes legend and table, PNG and PDF come out at the chosen DPI, the
// layout is remembered in the project, and a township atlas has one page per township. Nothing leaves 127.0.0.1.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, externalRequests, openAppWithSample } from './app-fixture';
import { decodePng, inkIn, pngSize } from '../tools/raster-pixels';

const screenshotDir = fileURLToPath(new URL('./screenshots/', import.meta.url));

async function openPrintView(page: Page): Promise<void> {
  await page.locator('body').click({ position: { x: 5, y: 5 }, force: true }).catch(() => undefined);
  await page.keyboard.press('Control+p');
  await expect(page.getByTestId('print-workspace')).toBeVisible();
}

/** Waits until every page on screen has its (preview) map image. */
async function waitForPreviewMaps(page: Page, pages = 1): Promise<void> {
  await expect(page.getByTestId('print-workspace')).toHaveAttribute('data-preview-ready', 'true', { timeout: 120_000 });
  await expect(page.getByTestId('print-page')).toHaveCount(pages);
  await expect(page.getByTestId('print-map-image')).toHaveCount(pages, { timeout: 120_000 });
  await expect(page.getByTestId('print-progress').locator('progress')).toHaveCount(0, { timeout: 120_000 });
}

test('Ctrl+P: title, paper and template change the page; PNG and PDF at the chosen DPI; the layout is kept in the project', async ({ page, network }) => {
  test.setTimeout(360_000);
  await openAppWithSample(page);
  await openPrintView(page);
  await waitForPreviewMaps(page);
  const title = page.getByTestId('print-title');
  await expect(title).toHaveText('示例县（虚构数据）复垦项目验收情况图');
  await expect(page.getByTestId('print-legend')).toContainText('复垦地块·已验收');
  await expect(page.getByTestId('print-scalebar')).toContainText(/比例尺 1:\d{1,3}(,\d{3})+/);
  await expect(page.getByTestId('print-table')).toContainText('城关镇');

  // Editable title; A3 paper; the demolition template brings its own legend and table.
  await page.getByTestId('print-title-input').fill('示例县拆旧进度（十一月例会）');
  await expect(title).toHaveText('示例县拆旧进度（十一月例会）');
  await page.getByTestId('print-paper').selectOption('A3');
  await page.getByTestId('print-template').selectOption('demolition');
  await expect(page.getByTestId('print-legend')).toContainText('旧房·待拆除');
  await expect(page.getByTestId('print-table')).toContainText('旧房拆除进度');
  await waitForPreviewMaps(page);
  const sheet = await page.getByTestId('print-page').boundingBox();
  expect(sheet!.width / sheet!.height).toBeCloseTo(420 / 297, 1);
  await page.screenshot({ path: `${screenshotDir}/print-layout-a3-demolition.png` });

  // PNG for slides at 150 DPI: an A3 sheet of 2480 × 1754 px with the map drawn.
  await page.getByTestId('print-dpi').selectOption('150');
  const download = page.waitForEvent('download', { timeout: 180_000 });
  await page.getByTestId('print-png').click();
  const file = await (await download).path();
  const png = new Uint8Array(readFileSync(file));
  const size = pngSize(png);
  expect(Math.abs(size.width - 2480)).toBeLessThanOrEqual(1);
  expect(Math.abs(size.height - 1754)).toBeLessThanOrEqual(1);
  const map = inkIn(decodePng(png), { x: 0.05, y: 0.2, w: 0.5, h: 0.6 });
  expect(map.ink).toBeGreaterThan(0.3);
  expect(map.colours).toBeGreaterThan(4);

  // PDF: the browser host hands the page to the print dialog; here the dialog is replaced by a probe that records
  // what would be printed: only the layout, maps at full resolution.
  await page.evaluate(() => {
    const w = window as unknown as { __printProbe?: unknown; print: () => void };
    w.print = () => {
      const img = document.querySelector<HTMLImageElement>('.print-map img');
      w.__printProbe = { layoutOnly: document.body.classList.contains('printing-layout'), imageWidth: img?.naturalWidth ?? 0 };
    };
  });
  await page.getByTestId('print-pdf').click();
  const probe = (await page.waitForFunction(() => (window as unknown as { __printProbe?: { layoutOnly: boolean; imageWidth: number } }).__printProbe, undefined, { timeout: 180_000 })).jsonValue();
  const { layoutOnly, imageWidth } = (await probe) as { layoutOnly: boolean; imageWidth: number };
  expect(layoutOnly).toBe(true);
  // The A3 landscape map frame is 254.6 mm wide: 1504 px at 150 DPI.
  expect(Math.abs(imageWidth - (254.6 / 25.4) * 150)).toBeLessThan(4);
  // What the print stylesheet makes of the app in print mode: one A3 page holding the layout's text.
  await page.evaluate(() => document.body.classList.add('printing-layout'));
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.evaluate(() => document.body.classList.remove('printing-layout'));
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-print-e2e-'));
  writeFileSync(path.join(dir, 'app.pdf'), pdf);
  const info = execFileSync('pdfinfo', [path.join(dir, 'app.pdf')], { encoding: 'utf8' });
  expect(info).toMatch(/Pages:\s+1\n/);
  expect(info).toMatch(/Page size:\s+119\d\.\d+ x 84\d\.\d+ pts/);
  const text = execFileSync('pdftotext', [path.join(dir, 'app.pdf'), '-'], { encoding: 'utf8' });
  expect(text).toContain('示例县拆旧进度（十一月例会）');
  expect(text).toContain('旧房·待拆除');

  // Saved in the project: an undoable, unsaved change; the view shows it again next time.
  await page.getByTestId('print-save-layout').click();
  await expect.poll(() => page.evaluate(() => window.__landlinkState?.().project?.dirty)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('print-workspace')).toHaveCount(0);
  await openPrintView(page);
  await expect(page.getByTestId('print-title-input')).toHaveValue('示例县拆旧进度（十一月例会）');
  await expect(page.getByTestId('print-paper')).toHaveValue('A3');
  await expect(page.getByTestId('print-template')).toHaveValue('demolition');

  expect(externalRequests(network.urls)).toEqual([]);
});

test('a township atlas has one page per township, each with its own title and village table', async ({ page, network }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1024, height: 640 });
  await openAppWithSample(page);
  await openPrintView(page);
  await page.getByTestId('print-atlas').selectOption('townships');
  await expect(page.getByTestId('print-progress')).toContainText('共 12 页');
  await waitForPreviewMaps(page, 12);
  const titles = await page.getByTestId('print-title').allTextContents();
  expect(titles).toHaveLength(12);
  expect(new Set(titles).size).toBe(12);
  expect(titles[1]).toBe('西岭镇复垦项目验收情况图');
  await expect(page.getByTestId('print-table').nth(1)).toContainText('行政村');
  await page.getByTestId('print-page').nth(1).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screenshotDir}/print-atlas-townships.png` });
  expect(externalRequests(network.urls)).toEqual([]);
});

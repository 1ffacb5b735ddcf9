// The verification report as a PDF (issue 8): photos imported by their EXIF position create the day's verifications;
// the report shows one A4 page per village with the figures, the verifications and the photos, and printed it holds
// the village's name, the findings' table and the photos as images (checked with poppler).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, externalRequests, openAppWithSample } from './app-fixture';

const photoDir = fileURLToPath(new URL('../fixtures/field-photos/', import.meta.url));
const screenshot = fileURLToPath(new URL('./screenshots/landlink-verification-report.png', import.meta.url));

test('the verification report prints one page per village with the verifications and their photos', async ({ page, network }) => {
  await openAppWithSample(page);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Control+Alt+p');
  await (await chooser).setFiles([`${photoDir}/house-a-after.jpg`, `${photoDir}/parcel-inside-wide.jpg`]);
  await page.getByTestId('photo-import-confirm').click();
  await expect(page.getByTestId('photo-import-dialog')).toHaveCount(0);

  await page.keyboard.press('Control+Alt+Shift+R');
  const report = page.getByTestId('verification-report');
  await expect(report).toBeVisible();
  const pages = report.getByTestId('verification-report-page');
  await expect(pages.first()).toBeVisible();
  await expect(report.locator('img')).toHaveCount(2);
  await expect.poll(() => report.locator('img').evaluateAll((images) => images.every((img) => (img as HTMLImageElement).naturalWidth > 0))).toBe(true);
  const village = (await pages.first().locator('h1').textContent()) ?? '';
  expect(village).toContain('外业核查报告');
  await page.screenshot({ path: screenshot });

  // The PDF: the browser host hands the page to the print dialog; here a probe stands in for the dialog, and
  // Chromium's own PDF of the same print mode is checked.
  await page.evaluate(() => {
    const w = window as unknown as { __reportPrinted?: boolean; print: () => void };
    w.print = () => {
      w.__reportPrinted = document.body.classList.contains('printing-report');
    };
  });
  await page.getByTestId('verification-report-pdf').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { __reportPrinted?: boolean }).__reportPrinted)).toBe(true);
  await page.evaluate(() => {
    document.body.classList.add('printing-report');
    const style = document.createElement('style');
    style.id = 'report-page-size';
    style.textContent = '@page { size: A4 portrait; margin: 12mm; }';
    document.head.append(style);
  });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.evaluate(() => {
    document.body.classList.remove('printing-report');
    document.getElementById('report-page-size')?.remove();
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'landlink-report-e2e-'));
  const file = path.join(dir, 'report.pdf');
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  const pageCount = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pageCount).toBeGreaterThanOrEqual(await pages.count());
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  expect(text).toContain(village.trim());
  expect(text).toContain('核查编号');
  expect(text).toMatch(/旧房|复垦地块/);
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.length).toBeGreaterThanOrEqual(2);

  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);
  expect(externalRequests(network.urls)).toEqual([]);
});

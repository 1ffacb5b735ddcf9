// Runs the renderer's print page in headless Chromium (playwright-core, Debian's browser) and returns a PDF or
// PNGs: the same pages the print view shows, so `landlink print` and the app print alike. Every request that is
// not to the loopback print server is aborted: printing needs nothing from the network.
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium-path';
import { startPrintServer } from './print-server';

export interface HeadlessPrintOptions {
  readonly rendererRoot: string;
  readonly chromiumPath: string;
  readonly projectBytes: Uint8Array;
  readonly projectName: string;
  readonly format: 'pdf' | 'png';
  /** Query parameters for the print page: layout, title, atlas, dpi, template … */
  readonly params: Readonly<Record<string, string>>;
  /** Page size in mm, known from the layout before the page reports it (for the PNG viewport). */
  readonly pageMm: { readonly width: number; readonly height: number };
  readonly dpi: number;
  readonly timeoutMs?: number;
  onProgress?(done: number, total: number): void;
}

export interface HeadlessPrintResult {
  /** One PDF, or one PNG per page. */
  readonly files: Uint8Array[];
  readonly pages: number;
  readonly titles: readonly string[];
  /** Time of each phase in ms: launch, open, data, maps, layout (in the page), output (page.pdf or screenshots). */
  readonly phasesMs: Readonly<Record<string, number>>;
  /** Requests the page tried to make off this machine (aborted); always expected empty. */
  readonly blockedRequests: readonly string[];
}

export class HeadlessPrintError extends Error {
  override readonly name = 'HeadlessPrintError';
  constructor(
    message: string,
    /** The project or the options asked for nothing printable (exit 2), rather than printing failing. */
    readonly badInput = false,
  ) {
    super(message);
  }
}

type PageStatus = { status: 'loading'; done?: number; total?: number } | { status: 'ready'; pages: number; titles: string[]; phasesMs: Record<string, number> } | { status: 'error'; message: string; badInput?: boolean } | undefined;

export async function printHeadless(options: HeadlessPrintOptions): Promise<HeadlessPrintResult> {
  const server = await startPrintServer(options.rendererRoot, options.projectBytes);
  let browser: Browser | null = null;
  const blocked: string[] = [];
  const started = performance.now();
  try {
    browser = await chromium.launch({ executablePath: options.chromiumPath, args: [...CHROMIUM_ARGS], headless: true });
    const cssPx = (mm: number) => Math.round((mm * 96) / 25.4);
    const context = await browser.newContext({
      viewport: { width: cssPx(options.pageMm.width), height: cssPx(options.pageMm.height) },
      deviceScaleFactor: options.format === 'png' ? options.dpi / 96 : 1,
    });
    await context.route(
      (url) => !url.href.startsWith(`${server.origin}/`) && !/^(data:|blob:|about:)/.test(url.href),
      async (route) => {
        blocked.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    const page = await context.newPage();
    const launchedMs = performance.now() - started;
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const query = new URLSearchParams({ print: 'headless', name: options.projectName, format: options.format, ...options.params });
    await page.goto(`${server.origin}/index.html?${query.toString()}`);
    const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
    let status: PageStatus;
    for (;;) {
      status = (await page.evaluate(() => (globalThis as unknown as { __landlinkPrint?: unknown }).__landlinkPrint)) as PageStatus;
      if (status && status.status !== 'loading') break;
      if (status?.total) options.onProgress?.(status.done ?? 0, status.total);
      if (pageErrors.length > 0 && !status) throw new HeadlessPrintError(`the print page failed to start (${pageErrors[0]})`);
      if (Date.now() > deadline) throw new HeadlessPrintError('the print page did not finish in time');
      await page.waitForTimeout(200);
    }
    if (status.status === 'error') throw new HeadlessPrintError(status.message, status.badInput === true);
    const outputStarted = performance.now();
    let files: Uint8Array[];
    if (options.format === 'pdf') {
      files = [new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }))];
    } else {
      files = [];
      for (const element of await page.locator('.print-page').all()) files.push(new Uint8Array(await element.screenshot({ type: 'png', animations: 'disabled' })));
    }
    return { files, pages: status.pages, titles: status.titles, phasesMs: { launch: launchedMs, ...status.phasesMs, output: performance.now() - outputStarted }, blockedRequests: blocked };
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
  }
}

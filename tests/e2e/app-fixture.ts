// Shared Playwright fixture: records every request the page makes, so each test can prove nothing left 127.0.0.1,
// and waits for the sample county to be on the map.
import { test as base, expect, type FileChooser, type Page } from '@playwright/test';

export interface NetworkLog {
  readonly urls: string[];
}

export const test = base.extend<{ network: NetworkLog }>({
  network: async ({ context, page }, use) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    // Belt and braces: a request for anywhere but this machine is recorded and aborted, so it can neither succeed
    // nor go unnoticed (workers' requests included, which the context sees too).
    await context.route(
      (url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/.test(url.href),
      async (route) => {
        urls.push(route.request().url());
        await route.abort('blockedbyclient');
      },
    );
    await use({ urls });
  },
});

export { expect };

/** Requests that would leave this machine: anything but the app's own origin, data:, blob: and about:. */
export function externalRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:|about:)/.test(url));
}

/** Opens the app and waits until the sample county's layers are rendered and the map is idle. */
export async function openAppWithSample(page: Page): Promise<void> {
  await page.goto('/index.html');
  await expect(page.getByTestId('summary')).toBeVisible({ timeout: 90_000 });
  await waitForMapIdle(page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = window.__landlinkMap;
    return Boolean(map && map.loaded() && map.isStyleLoaded() && !map.isMoving() && map.areTilesLoaded());
  }, undefined, { timeout: 90_000, polling: 250 });
}

/** Counts rendered features per MapLibre layer id in the current view. */
export async function renderedCounts(page: Page, layerIds: readonly string[]): Promise<Record<string, number>> {
  return page.evaluate((ids) => {
    const map = window.__landlinkMap;
    if (!map) return {};
    const counts: Record<string, number> = {};
    for (const id of ids) counts[id] = map.queryRenderedFeatures({ layers: [id] }).length;
    return counts;
  }, layerIds);
}

/**
 * Presses a shortcut that opens a file picker and returns the chooser. The browser opens a picker only with a fresh
 * user gesture; on a loaded CI machine the first press can lose that race, so the press is repeated (three times at
 * most) rather than waiting two minutes for nothing.
 */
export async function chooseFileWith(page: Page, shortcut: string): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: 15_000 });
    await page.keyboard.press(shortcut);
    try {
      return await chooser;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.LANDLINK_E2E_PORT ?? 4199);

// The web build runs in Debian's Chromium (never a downloaded browser). WebGL comes from SwiftShader, which fills
// pixels slowly: viewports stay small and one worker runs at a time.
export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.LANDLINK_E2E_ARTIFACTS ?? './e2e/.artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1024, height: 640 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox'],
    },
  },
  webServer: {
    command: 'npx tsx electron/launch/serve-web.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/index.html`,
    env: { PORT: String(port), ...(process.env.LANDLINK_RENDERER_DIR ? { LANDLINK_RENDERER_DIR: process.env.LANDLINK_RENDERER_DIR } : {}) },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});

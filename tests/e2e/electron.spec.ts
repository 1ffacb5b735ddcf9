// The desktop app end to end in Electron, where its runtime is installed. Where it is not (this workplace and CI
// cannot download it), the test is skipped with the reason; the same UI is tested in Chromium by the other specs.
import { _electron as electron } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../electron/launch/electron-binary';
import { test, expect } from './app-fixture';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = findElectronBinary(path.join(root, 'node_modules/electron'));

test('the Electron app opens the sample county in a sandboxed window', async () => {
  test.skip(!binary, 'Electron runtime not installed (node_modules/electron/dist missing; run `npx install-electron` where its download server is reachable)');
  const build = spawnSync('npx', ['electron-vite', 'build', '--config', 'electron/electron.vite.config.ts'], { cwd: root, stdio: 'inherit' });
  expect(build.status).toBe(0);
  const app = await electron.launch({ executablePath: binary!, args: [root], cwd: root });
  const page = await app.firstWindow();
  await expect(page.getByTestId('summary')).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof window.landlink?.saveProject)).toBe('function');
  expect(await page.evaluate(() => location.protocol)).toBe('app:');
  await app.close();
});

// Where the headless print finds Chromium: CHROMIUM_PATH, else Debian's /usr/bin/chromium (never a downloaded
// browser), and the flags that give it WebGL through SwiftShader on a machine without a GPU (as the e2e tests use).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS: readonly string[] = [
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

export function chromiumPath(): string | null {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p)) ?? null;
}

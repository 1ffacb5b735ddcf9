// Finds the Electron runtime without triggering its download: Electron 42+ fetches the binary on first launch, and
// this workplace (and many county offices) cannot reach the download server.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function findElectronBinary(electronPackageDir: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const pathFile = path.join(electronPackageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = path.join(electronPackageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

export const MISSING_ELECTRON_MESSAGE = [
  'Landlink could not find the Electron runtime (node_modules/electron/dist is missing).',
  'Electron downloads it the first time it starts, from Electron\'s release server, which this machine cannot reach.',
  'To run the desktop app, run `npx install-electron` on a machine with that access (or set ELECTRON_OVERRIDE_DIST_PATH',
  'to an unpacked Electron of the version in package.json) and then `npm start` again.',
  'Meanwhile the same app is served to your browser instead (as `npm run web` does).',
].join('\n');

// `npm start`: builds Landlink and launches it in Electron when its runtime is installed; otherwise says so in one
// paragraph and serves the same app to the local browser, so the README's two commands always run it.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary, MISSING_ELECTRON_MESSAGE } from './electron-binary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\`${command} ${args.join(' ')}\` failed (exit ${result.status}). Fix the error above and run \`npm start\` again.`);
    process.exit(result.status ?? 1);
  }
}

run(npx, ['vite', 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn']);
const electron = findElectronBinary(path.join(root, 'node_modules', 'electron'));
if (electron) {
  run(npx, ['electron-vite', 'build', '--config', 'electron/electron.vite.config.ts', '--logLevel', 'warn']);
  const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log(`\n${MISSING_ELECTRON_MESSAGE}\n`);
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'electron/launch/serve-web.ts')], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

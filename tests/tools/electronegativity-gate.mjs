// Security gate for `npm test`: runs @doyensec/electronegativity over the Electron code, the renderer's HTML and its src/, and
// fails on any HIGH or MEDIUM finding. Electronegativity itself always exits 0, so its CSV output is parsed here.
// A check may be marked as reviewed below, with the reason; it is still printed on every run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

/** Findings a person has reviewed and accepted, with why. */
const REVIEWED = new Map([
  [
    'PRELOAD_JS_CHECK',
    'The preload is required to expose window.landlink; it is sandboxed CommonJS that exposes one object over the ' +
      'allow-listed channels of shared/ipc/channels.ts, and the main process validates every argument (electron/main/ipc-validate.ts).',
  ],
]);

/** Parses electronegativity's CSV (quoted fields, commas inside quotes). */
export function parseCsv(text) {
  const rows = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const cells = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell.trim());
        cell = '';
      } else cell += ch;
    }
    cells.push(cell.trim());
    rows.push(cells);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name.trim(), cells[i] ?? ''])));
}

export function blockingFindings(findings) {
  return findings.filter((f) => ['HIGH', 'MEDIUM'].includes(f.severity.toUpperCase()) && !REVIEWED.has(f.issue));
}

function main() {
  const scanDir = mkdtempSync(path.join(tmpdir(), 'landlink-electronegativity-'));
  const csvPath = path.join(scanDir, 'findings.csv');
  try {
    cpSync(path.join(root, 'electron'), path.join(scanDir, 'src/electron'), { recursive: true });
    cpSync(path.join(root, 'renderer/index.html'), path.join(scanDir, 'src/renderer/index.html'));
    // The renderer's own code too: a window.open, an eval or an insecure URL there is as much a risk as in main.
    cpSync(path.join(root, 'renderer/src'), path.join(scanDir, 'src/renderer/src'), { recursive: true, filter: (source) => !/\.test\.tsx?$/.test(source) });
    const bin = path.join(root, 'node_modules/@doyensec/electronegativity/dist/index.js');
    const run = spawnSync(process.execPath, [bin, '-i', path.join(scanDir, 'src'), '-o', csvPath, '-r', '-v', 'false', '-e', electronVersion], { encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(`electronegativity failed to run (exit ${run.status}):\n${run.stderr}`);
      process.exit(1);
    }
    const findings = parseCsv(readFileSync(csvPath, 'utf8'));
    for (const f of findings) {
      const note = REVIEWED.has(f.issue) ? `reviewed: ${REVIEWED.get(f.issue)}` : '';
      console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.filename}:${f.location} ${note}`);
    }
    const blocking = blockingFindings(findings);
    if (blocking.length) {
      console.error(`\nSecurity gate: ${blocking.length} HIGH/MEDIUM finding(s) from electronegativity. Fix them, or review one and add it to REVIEWED in tests/tools/electronegativity-gate.mjs with the reason.`);
      process.exit(1);
    }
    console.log(`Security gate: electronegativity found no unreviewed HIGH or MEDIUM issue (${findings.length} finding(s) in all).`);
  } finally {
    rmSync(scanDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

// Maps for meetings (issue 9): an A3 PDF with the map at 300 DPI and a 12-page township atlas, printed headless
// through the same path as `landlink print` (loopback server, Debian Chromium, the renderer's print page); time
// and file size. Anchor: a bare Chromium launch + page.pdf() of an empty A3 page in the same run (what any
// headless print costs before Landlink draws anything).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import initSqlJs from 'sql.js';
import { buildSampleProject } from '../../../sample-data/index';
import { exportProject } from '../../../shared/project/index';
import { CHROMIUM_ARGS, chromiumPath } from '../../../shared/node/chromium-path';
import { printHeadless } from '../../../shared/node/headless-print';
import { paperOfLayout, type LayoutId } from '../../../shared/print/paper';
import { timeMs, type BenchCase, type BenchRow } from '../bench-types';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const MIB = 2 ** 20;

async function barePdf(browserPath: string): Promise<{ ms: number; bytes: number }> {
  let bytes = 0;
  const ms = await timeMs(async () => {
    const browser = await chromium.launch({ executablePath: browserPath, args: [...CHROMIUM_ARGS] });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><style>@page { size: 420mm 297mm; margin: 0 }</style><p></p>');
    bytes = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).byteLength;
    await browser.close();
  });
  return { ms, bytes };
}

const bench: BenchCase = {
  title: 'print (PDF maps)',
  async run({ workDir }) {
    const browserPath = chromiumPath();
    if (!browserPath) throw new Error('no Chromium (set CHROMIUM_PATH or install chromium)');
    let rendererRoot = process.env.LANDLINK_RENDERER_DIR ?? path.join(root, 'out/renderer');
    if (!existsSync(path.join(rendererRoot, 'index.html'))) {
      rendererRoot = path.join(workDir, 'renderer');
      execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', rendererRoot], { cwd: root, stdio: 'inherit' });
    }
    const SQL = await initSqlJs();
    const db = buildSampleProject(SQL, {});
    const projectBytes = exportProject(db);
    db.close();

    const print = async (layout: LayoutId, dpi: number, params: Record<string, string>) => {
      const paper = paperOfLayout(layout);
      let bytes = 0, pages = 0, phases = '';
      const ms = await timeMs(async () => {
        const result = await printHeadless({ rendererRoot, chromiumPath: browserPath, projectBytes, projectName: 'sample.gpkg', format: 'pdf', params: { layout, dpi: String(dpi), ...params }, pageMm: { width: paper.widthMm, height: paper.heightMm }, dpi });
        bytes = result.files[0]!.byteLength;
        pages = result.pages;
        phases = Object.entries(result.phasesMs).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
      });
      return { ms, bytes, pages, phases };
    };

    const anchor = await barePdf(browserPath);
    const a3 = await print('A3-landscape', 300, {});
    const a3Lossless = await print('A3-landscape', 300, { imageEncoding: 'png' });
    const atlas = await print('A4-landscape', 150, { atlas: 'townships' });
    process.stderr.write(`print phases: A3 300 DPI: ${a3.phases}; atlas: ${atlas.phases}\n`);
    const anchorRow = { name: 'bare Chromium page.pdf, empty A3', value: anchor.ms / 1000, unit: 's' };
    const rows: BenchRow[] = [
      { name: 'A3 landscape PDF, map 300 DPI (JPEG): time', value: a3.ms / 1000, unit: 's', anchor: anchorRow, ratio: a3.ms / anchor.ms, note: a3.phases },
      { name: 'A3 landscape PDF, map 300 DPI (JPEG): size', value: a3.bytes / MIB, unit: 'MiB', note: `${a3.pages} page`, goal: '≤ 10 MiB (email)' },
      { name: 'A3 landscape PDF, map 300 DPI (lossless PNG): time', value: a3Lossless.ms / 1000, unit: 's', anchor: anchorRow, ratio: a3Lossless.ms / anchor.ms, note: a3Lossless.phases },
      { name: 'A3 landscape PDF, map 300 DPI (lossless PNG): size', value: a3Lossless.bytes / MIB, unit: 'MiB' },
      { name: `township atlas, ${atlas.pages} pages A4, 150 DPI: time`, value: atlas.ms / 1000, unit: 's', anchor: anchorRow, ratio: atlas.ms / anchor.ms, note: atlas.phases },
      { name: `township atlas, ${atlas.pages} pages A4, 150 DPI: size`, value: atlas.bytes / MIB, unit: 'MiB', goal: '≤ 10 MiB (email)' },
      { name: 'bare Chromium page.pdf, empty A3: size', value: anchor.bytes / 1024, unit: 'KiB' },
    ];
    return rows;
  },
};

export default bench;

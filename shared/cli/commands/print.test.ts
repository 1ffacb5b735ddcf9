// `landlink print` end to end: the sample county printed headless in Debian's Chromium from the built renderer,
// checked with poppler (page size, text, rendered pixels) and by decoding the PNGs. Slow (Chromium, SwiftShader):
// few cases, each checking much.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSampleProject } from '../../../sample-data/build-sample-project';
import { exportProject } from '../../project/export-project';
import { createEmptyProject } from '../../project/create-empty-project';
import { pageLayout } from '../../print/page-layout';
import { paperOfLayout, POINTS_PER_MM } from '../../print/paper';
import { decodePng, inkIn, pdfPagePixels, pngSize } from '../../../tests/tools/raster-pixels';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const bin = path.join(repo, 'shared/cli/bin.mjs');
let dir: string;
let project: string;
let rendererDir: string;

async function landlink(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LANDLINK_RENDERER_DIR: rendererDir, ...env }, maxBuffer: 64 * 2 ** 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The map frame of a layout as fractions of the page, shrunk a little to stay off its border. */
function mapRect(layoutId: 'A3-landscape' | 'A4-portrait') {
  const layout = pageLayout(paperOfLayout(layoutId));
  const { map, paper } = { map: layout.map, paper: layout.paper };
  return { x: (map.x + 20) / paper.widthMm, y: (map.y + 20) / paper.heightMm, w: (map.w - 40) / paper.widthMm, h: (map.h - 40) / paper.heightMm };
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'landlink-print-'));
  const SQL = await initSqlJs();
  const db = buildSampleProject(SQL, {});
  project = path.join(dir, 'sample.gpkg');
  writeFileSync(project, exportProject(db));
  db.close();
  // The print page is the app's renderer build: use out/renderer when it exists, otherwise build it here.
  rendererDir = process.env.LANDLINK_RENDERER_DIR ?? path.join(repo, 'out/renderer');
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    rendererDir = path.join(dir, 'renderer');
    execFileSync(process.execPath, [path.join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'renderer/vite.config.ts', '--logLevel', 'warn', '--outDir', rendererDir], { cwd: repo, stdio: 'inherit' });
  }
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('landlink print', () => {
  it('an A3 landscape PDF: page size, title, legend, scale text and a drawn map', async () => {
    const out = path.join(dir, 'a3.pdf');
    const result = await landlink(['print', project, '--out', out, '--layout', 'A3-landscape', '--title', '示例县复垦验收检查图', '--dpi', '150']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/1 page, A3-landscape, map at 150 DPI/);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
    // Chromium sizes the sheet in whole CSS pixels: within a point of A3 (1190.55 × 841.89 pt).
    expect(Math.abs(Number(w) - 420 * POINTS_PER_MM)).toBeLessThan(1.2);
    expect(Math.abs(Number(h) - 297 * POINTS_PER_MM)).toBeLessThan(1.2);
    const text = execFileSync('pdftotext', ['-layout', out, '-'], { encoding: 'utf8' });
    // Text is text (vector, searchable), in Chinese from the bundled font.
    expect(text).toContain('示例县复垦验收检查图');
    for (const label of ['图', '复垦地块·已验收', '复垦地块·已备案', '乡镇界', '位置示意图', '制图单位', '（盖章）', '复垦地块面积（亩，椭球面积）', '城关镇', '合计']) expect(text).toContain(label);
    expect(text).toMatch(/比例尺 1:\d{1,3}(,\d{3})+/);
    const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSansSC/);
    const pixels = pdfPagePixels(out, 1, 30);
    const map = inkIn(pixels, mapRect('A3-landscape'));
    expect(map.ink).toBeGreaterThan(0.3);
    expect(map.colours).toBeGreaterThan(6);
  });

  it('a township atlas: one page per township of the sample (12), each titled with its township', async () => {
    const out = path.join(dir, 'atlas.pdf');
    const result = await landlink(['print', project, '--out', out, '--atlas', 'townships', '--layout', 'A4-portrait', '--dpi', '96']);
    expect(result.code).toBe(0);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+12\n/);
    const text = execFileSync('pdftotext', ['-f', '2', '-l', '2', out, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/西岭镇复垦项目验收情况图/);
    expect(text).toContain('行政村');
    const last = inkIn(pdfPagePixels(out, 12, 20), mapRect('A4-portrait'));
    expect(last.ink).toBeGreaterThan(0.3);
  });

  it('a PNG at the chosen DPI, the map drawn', async () => {
    const out = path.join(dir, 'slide.png');
    const result = await landlink(['print', project, '--out', out, '--layout', 'A4-landscape', '--dpi', '100', '--template', 'demolition']);
    expect(result.code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    // 100 DPI on A4: 1169 × 827 px, give or take the pixel Chromium rounds the page to.
    const size = pngSize(bytes);
    expect(Math.abs(size.width - (297 / 25.4) * 100)).toBeLessThan(1.5);
    expect(Math.abs(size.height - (210 / 25.4) * 100)).toBeLessThan(1.5);
    const map = inkIn(decodePng(bytes), (() => {
      const layout = pageLayout(paperOfLayout('A4-landscape'));
      return { x: (layout.map.x + 20) / 297, y: (layout.map.y + 20) / 210, w: (layout.map.w - 40) / 297, h: (layout.map.h - 40) / 210 };
    })());
    expect(map.ink).toBeGreaterThan(0.3);
    expect(map.colours).toBeGreaterThan(4);

    // The same page with the drawing buffer capped at 300 px, so the map is drawn in 4 × 3 tiles and stitched:
    // the pixels agree with the single render but for anti-aliasing and labels near the seams.
    const tiledOut = path.join(dir, 'slide-tiled.png');
    expect((await landlink(['print', project, '--out', tiledOut, '--layout', 'A4-landscape', '--dpi', '100', '--template', 'demolition'], { LANDLINK_PRINT_TILE_SIDE: '300' })).code).toBe(0);
    const single = decodePng(bytes), tiled = decodePng(new Uint8Array(readFileSync(tiledOut)));
    expect([tiled.width, tiled.height]).toEqual([single.width, single.height]);
    let differing = 0;
    for (let i = 0; i < single.rgb.length; i += 3) {
      if (Math.abs(single.rgb[i]! - tiled.rgb[i]!) + Math.abs(single.rgb[i + 1]! - tiled.rgb[i + 1]!) + Math.abs(single.rgb[i + 2]! - tiled.rgb[i + 2]!) > 60) differing++;
    }
    expect(differing / (single.rgb.length / 3)).toBeLessThan(0.01);
  });

  it('says what to do when the renderer is not built or the output is not PDF or PNG (exit 2, one sentence, nothing written)', async () => {
    const missing = await landlink(['print', project, '--out', path.join(dir, 'x.pdf')], { LANDLINK_RENDERER_DIR: path.join(dir, 'no-build') });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^landlink print: the app's print page is not built .*run `npm run build:web`/);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'x.pdf'))).toBe(false);
    const wrong = await landlink(['print', project, '--out', path.join(dir, 'x.svg')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--out must end in \.pdf or \.png/);
    const layout = await landlink(['print', project, '--out', path.join(dir, 'x.pdf'), '--layout', 'A5-portrait']);
    expect(layout.code).toBe(2);
    expect(layout.stderr).toMatch(/--layout must be one of A4-portrait, A4-landscape, A3-portrait, A3-landscape/);
    // A new project has nothing to draw: said plainly (the print page itself decides this), exit 2.
    const SQL = await initSqlJs();
    const empty = createEmptyProject(SQL, { name: '空项目', county: '某县' });
    const emptyFile = path.join(dir, 'empty.gpkg');
    writeFileSync(emptyFile, exportProject(empty));
    empty.close();
    const nothing = await landlink(['print', emptyFile, '--out', path.join(dir, 'empty.pdf')]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^landlink print: nothing to print in empty\.gpkg: the project has no admin areas or features to print/);
    expect(existsSync(path.join(dir, 'empty.pdf'))).toBe(false);
  });
});

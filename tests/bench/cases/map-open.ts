// The map workspace at scale (issue 5): open a generated 100,000-parcel project the way a user does (Ctrl+O, pick the
// .gpkg) and time it until the map is idle with the parcels drawn, against a bare MapLibre page that draws the same
// parcels from one GeoJSON file (goal ≤ 1.5×); and the page's JS heap after idle against the bare page's.
// Both run in Debian Chromium with SwiftShader, each in its own browser, served from one loopback server.
// The Landlink figure is split into phases (read the file and keep it in IndexedDB, the project worker's open and read,
// the structured clone of the view back to the page, React and setData, MapLibre's tiling and drawing) by hooks the
// page gets before it loads; nothing in the app is changed for the benchmark.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type CDPSession, type FileChooser, type Page } from '@playwright/test';
import initSqlJs from 'sql.js';
import { buildSampleProject } from '../../../sample-data/index';
import { exportProject, readLayer } from '../../../shared/project/index';
import { CONTENT_SECURITY_POLICY } from '../../../shared/app/content-security-policy';
import { mimeTypeFor, resolveRendererPath } from '../../../electron/main/app-asset-path';
import { projectLayers } from '../../../renderer/src/map/layer-styles';
import type { BenchCase, BenchRow } from '../bench-types';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox'];
const VIEWPORT = { width: 1024, height: 640 };
/** Generous: a 100k-parcel open on SwiftShader and 2 busy cores is measured in seconds, not minutes, but never fail on slowness. */
const WAIT_MS = Number(process.env.LANDLINK_BENCH_WAIT_MS ?? 600_000);
const MIB = 2 ** 20;
/** Runs of each page; the median is reported. */
const RUNS = Number(process.env.LANDLINK_BENCH_RUNS ?? 3);
/** A folder to write a CPU profile of the page's main thread during each Landlink open (open it in Chrome DevTools). */
const PROFILE_DIR = process.env.LANDLINK_BENCH_PROFILE;

/** What the hooks record in the Landlink page, in the page's clock (performance.now()). */
interface OpenMarks {
  chosen: number | null;
  posted: number | null;
  replied: number | null;
  replyDecodedMs: number | null;
  setData: number | null;
  setDataMs: number | null;
  /** The parcels' source loaded in MapLibre's worker (GeoJSON parsed and indexed). */
  sourceLoaded: number | null;
  /** Frames MapLibre drew between the parcels' setData and idle. */
  frames: number;
  idle: number | null;
  expected: number;
}

interface BenchWindow {
  __mapOpenMarks?: OpenMarks;
  __bareIdle?: number;
  __bareSourceLoaded?: number;
  __bareFrames?: number;
  __bareMap?: { loaded(): boolean; areTilesLoaded(): boolean; querySourceFeatures(source: string): unknown[] };
}

interface Measured {
  openMs: number;
  wallMs: number;
  heapMiB: number;
  rendererRssMiB: number | null;
}

const mapOpenCase: BenchCase = {
  title: 'map-open',
  async run(context) {
    const parcels = context.quick ? 10_000 : 100_000;
    const label = `${parcels / 1000}k parcels`;
    const { gpkg, bytes, geojsonText, bareDir, rendererDir } = await prepareMapBench(path.join(context.workDir, 'map-open'), parcels);

    const server = await serve(rendererDir, bareDir);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      // Alternate the two, each in a fresh browser, and keep the median run of each: other work on the machine's two
      // cores moves single runs by a factor of two. The bare page takes the camera and canvas size Landlink ended at.
      const landlinkRuns = [await measureLandlink(base, gpkg, parcels)];
      writeFileSync(path.join(bareDir, 'config.json'), JSON.stringify({ data: 'parcels.geojson', ...landlinkRuns[0]!.camera, layers: anchorLayers() }));
      const bareRuns = [await measureBare(base, parcels)];
      for (let i = 1; i < RUNS; i++) {
        landlinkRuns.push(await measureLandlink(base, gpkg, parcels));
        bareRuns.push(await measureBare(base, parcels));
      }
      const landlink = median(landlinkRuns);
      const bare = median(bareRuns);
      const m = landlink.marks;
      const runList = (runs: readonly Measured[]) => runs.map((r) => r.openMs.toFixed(0)).join(', ');
      const phase = (from: number | null, to: number | null) => (from === null || to === null ? NaN : to - from);
      const phases = [
        `file read + IndexedDB copy ${phase(m.chosen, m.posted).toFixed(0)} ms`,
        `worker open + readLayer + clone ${phase(m.posted, m.replied).toFixed(0)} ms`,
        `reply decode ${(m.replyDecodedMs ?? NaN).toFixed(0)} ms`,
        `page's main thread until the parcels' setData (React, layer panel, linkage hulls) ${phase(m.replied, m.setData).toFixed(0)} ms`,
        `MapLibre (main-thread serialize of setData, worker tiling of every source, drawing): parcels source loaded after ${phase(m.setData, m.sourceLoaded).toFixed(0)} ms, idle after ${phase(m.setData, m.idle).toFixed(0)} ms, ${m.frames} frames`,
        `bare page: source loaded at ${bare.sourceLoadedMs.toFixed(0)} ms, ${bare.frames} frames`,
      ].join('; ');
      const rows: BenchRow[] = [
        {
          name: `open a ${label} project to map idle (Ctrl+O → idle)`,
          value: landlink.openMs,
          unit: 'ms',
          anchor: { name: `bare MapLibre page, same GeoJSON (${(geojsonText.length / MIB).toFixed(1)} MiB), navigation → idle`, value: bare.openMs, unit: 'ms' },
          ratio: landlink.openMs / bare.openMs,
          goal: '≤ 1.5×',
          note: `${phases}; project file ${(bytes.length / MIB).toFixed(1)} MiB; median of ${RUNS} runs each (Landlink ${runList(landlinkRuns)} ms; bare ${runList(bareRuns)} ms); wall clock seen by Playwright: Landlink ${landlink.wallMs.toFixed(0)} ms, bare ${bare.wallMs.toFixed(0)} ms; Landlink also draws the county's other layers`,
        },
        {
          name: `renderer JS heap after idle, ${label} open (main thread, after GC)`,
          value: landlink.heapMiB,
          unit: 'MiB',
          anchor: { name: 'bare MapLibre page', value: bare.heapMiB, unit: 'MiB' },
          ratio: landlink.heapMiB / bare.heapMiB,
          note: `Landlink keeps the view (all layers as GeoJSON) on the main thread; workers' heaps are not in this figure. Before the open (sample county): ${landlink.heapBeforeMiB.toFixed(0)} MiB`,
        },
      ];
      if (landlink.rendererRssMiB !== null && bare.rendererRssMiB !== null) {
        rows.push({
          name: `renderer process RSS after idle, ${label} open (page + its workers)`,
          value: landlink.rendererRssMiB,
          unit: 'MiB',
          anchor: { name: 'bare MapLibre page', value: bare.rendererRssMiB, unit: 'MiB' },
          ratio: landlink.rendererRssMiB / bare.rendererRssMiB,
          note: 'sum over the browser\'s renderer processes (/proc VmRSS); the GPU process (SwiftShader) is not counted',
        });
      }
      return rows;
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};

/**
 * What a map benchmark needs on disk: the generated project, its parcels exactly as the worker hands them to the map
 * (readLayer) as one GeoJSON for the bare page, the bare page with MapLibre beside it, and the case's own renderer
 * build (never out/renderer: others build and test at the same time).
 */
export async function prepareMapBench(dir: string, parcels: number) {
  const bareDir = path.join(dir, 'bare');
  const rendererDir = path.join(dir, 'renderer');
  mkdirSync(bareDir, { recursive: true });
  const SQL = await initSqlJs();
  const db = buildSampleProject(SQL, { seed: 1, parcels });
  const bytes = exportProject(db);
  const gpkg = path.join(dir, `county-${parcels}.gpkg`);
  writeFileSync(gpkg, bytes);
  const collection = readLayer(db, 'reclaim_parcels');
  db.close();
  const geojsonText = JSON.stringify(collection);
  writeFileSync(path.join(bareDir, 'parcels.geojson'), geojsonText);
  copyFileSync(path.join(here, '../map-open/bare-maplibre.html'), path.join(bareDir, 'index.html'));
  const maplibreDist = path.join(root, 'node_modules/maplibre-gl/dist');
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(path.join(maplibreDist, file), path.join(bareDir, file));
  const build = spawnSync('npx', ['vite', 'build', '--config', 'renderer/vite.config.ts', '--outDir', rendererDir, '--emptyOutDir', '--logLevel', 'warn'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0 || !existsSync(path.join(rendererDir, 'index.html'))) throw new Error(`vite build failed: ${build.stderr || build.stdout}`);
  return { gpkg, bytes, collection, geojsonText, bareDir, rendererDir };
}

/** The run with the median open time (its heap and phases are reported with it). */
function median<T extends Measured>(runs: readonly T[]): T {
  return [...runs].sort((a, b) => a.openMs - b.openMs)[Math.floor(runs.length / 2)]!;
}

/** Landlink's parcel layers, drawn from the bare page's one source. */
export function anchorLayers(): unknown[] {
  return projectLayers()
    .filter((layer) => layer.id === 'parcels-fill' || layer.id === 'parcels-line')
    .map((layer) => ({ ...layer, source: 'parcels' }));
}

/** One loopback server: the built renderer at / (with the app's Content-Security-Policy), the anchor at /bare/. */
export function serve(rendererDir: string, bareDir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const bare = url.pathname.startsWith('/bare/');
    const filePath = bare ? resolveRendererPath(bareDir, url.pathname.slice('/bare'.length)) : resolveRendererPath(rendererDir, url.pathname);
    if (!filePath || !existsSync(filePath) || !statSync(filePath).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = filePath.endsWith('.geojson') ? 'application/geo+json' : mimeTypeFor(filePath);
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(bare ? {} : { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }) });
    createReadStream(filePath).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The page's main-thread JS heap after a full GC, in MiB. */
export async function heapMiB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / MIB;
}

/** Resident memory of the browser's renderer processes (the page and its workers), in MiB; null where /proc is not there. */
async function rendererRssMiB(browser: Browser): Promise<number | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    let kib = 0;
    for (const proc of info.processInfo.filter((p) => p.type === 'renderer')) {
      const status = readFileSync(`/proc/${proc.id}/status`, 'utf8');
      kib += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    }
    return kib / 1024;
  } catch {
    return null;
  } finally {
    await cdp.detach();
  }
}

/** Hooks the page gets before its scripts run: the file chosen, the project worker's open call and reply. */
function installOpenHooks(): void {
  const w = window as unknown as BenchWindow;
  const marks: OpenMarks = { chosen: null, posted: null, replied: null, replyDecodedMs: null, setData: null, setDataMs: null, sourceLoaded: null, frames: 0, idle: null, expected: 0 };
  w.__mapOpenMarks = marks;
  document.addEventListener('change', (event) => {
    if (marks.expected > 0 && marks.chosen === null && (event.target as HTMLInputElement | null)?.type === 'file') marks.chosen = performance.now();
  }, true);
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      if (options?.name !== 'landlink-project') return;
      // Registered before the app's own listener: the first read of event.data is where the reply is decoded.
      this.addEventListener('message', (event: MessageEvent) => {
        if (marks.posted === null || marks.replied !== null) return;
        const start = performance.now();
        const data = event.data as { result?: { layers?: unknown } };
        if (!data.result?.layers) return;
        marks.replied = start;
        marks.replyDecodedMs = performance.now() - start;
      });
    }
    override postMessage(message: unknown, options?: unknown): void {
      if (marks.chosen !== null && marks.posted === null && (message as { op?: string } | null)?.op === 'project.open') marks.posted = performance.now();
      (NativeWorker.prototype.postMessage as (m: unknown, o?: unknown) => void).call(this, message, options);
    }
  };
}

/** After the sample county is up: note setData of the parcels and the first idle with all of them tiled. */
function armOpenMarks(expected: number): void {
  const w = window as unknown as BenchWindow & Window;
  const marks = w.__mapOpenMarks!;
  const map = w.__landlinkMap!;
  marks.expected = expected;
  const source = map.getSource('reclaim_parcels') as unknown as { setData(data: { features?: unknown[] }, ...rest: unknown[]): unknown };
  const setData = source.setData.bind(source);
  source.setData = (data, ...rest) => {
    const start = performance.now();
    const result = setData(data, ...rest);
    if (marks.setData === null && data.features?.length === expected) {
      marks.setData = start;
      marks.setDataMs = performance.now() - start;
    }
    return result;
  };
  map.on('sourcedata', (event) => {
    if (marks.setData !== null && marks.sourceLoaded === null && event.sourceId === 'reclaim_parcels' && map.isSourceLoaded('reclaim_parcels')) marks.sourceLoaded = performance.now();
  });
  map.on('render', () => {
    if (marks.setData !== null && marks.idle === null) marks.frames++;
  });
  map.on('idle', () => {
    if (marks.setData === null || marks.idle !== null) return;
    if (map.loaded() && map.areTilesLoaded() && !map.isMoving()) marks.idle = performance.now();
  });
}

export async function waitForSample(page: Page): Promise<void> {
  try {
    await page.waitForFunction(() => {
      const map = window.__landlinkMap;
      const parcels = window.__landlinkState?.().project?.view.layers.find((l) => l.table === 'reclaim_parcels');
      return Boolean(map && parcels && parcels.features.features.length > 0 && map.loaded() && !map.isMoving() && map.areTilesLoaded());
    }, undefined, { timeout: WAIT_MS, polling: 250 });
  } catch (error) {
    throw new Error(`the sample county did not reach map idle: ${firstLine(error)}; page: ${await describePage(page)}`);
  }
}

/** Ctrl+O as a user presses it, again if no chooser opens (a key pressed while the page is still busy can go unheard). */
export async function openChooser(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const chooser = page.waitForEvent('filechooser', { timeout: 20_000 });
    await page.keyboard.press('Control+o');
    try {
      return await chooser;
    } catch (error) {
      if (attempt >= 3) throw new Error(`Ctrl+O opened no file chooser: ${firstLine(error)}; page: ${await describePage(page)}`);
    }
  }
}

/** What the page shows, for an error message: toasts (a refused file), the hooks' marks, the parcels in the state. */
async function describePage(page: Page): Promise<string> {
  try {
    return JSON.stringify(await page.evaluate(() => ({
      toasts: [...document.querySelectorAll('[data-testid^="toast"]')].map((e) => e.textContent ?? ''),
      marks: (window as unknown as BenchWindow).__mapOpenMarks,
      parcels: window.__landlinkState?.().project?.view.layers.find((l) => l.table === 'reclaim_parcels')?.features.features.length ?? null,
      activeElement: document.activeElement?.tagName ?? null,
    })));
  } catch (error) {
    return `(not readable: ${firstLine(error)})`;
  }
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}

async function measureLandlink(base: string, gpkg: string, parcels: number): Promise<Measured & { marks: OpenMarks; heapBeforeMiB: number; camera: { center: [number, number]; zoom: number; width: number; height: number } }> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(installOpenHooks);
    await page.goto(`${base}/index.html`);
    await waitForSample(page);
    const cdp = await page.context().newCDPSession(page);
    const heapBeforeMiB = await heapMiB(cdp);
    await page.evaluate(armOpenMarks, parcels);

    if (PROFILE_DIR) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    const chooser = await openChooser(page);
    const started = performance.now();
    await chooser.setFiles(gpkg);
    // Done: the first idle after the parcels' setData, with every tile loaded, the map still, and the state holding them all.
    try {
      await page.waitForFunction((expected) => {
        const marks = (window as unknown as BenchWindow).__mapOpenMarks!;
        const map = window.__landlinkMap;
        const layer = window.__landlinkState?.().project?.view.layers.find((l) => l.table === 'reclaim_parcels');
        return marks.idle !== null && layer?.features.features.length === expected && Boolean(map?.loaded() && map.areTilesLoaded() && !map.isMoving());
      }, parcels, { timeout: WAIT_MS, polling: 100 });
    } catch (error) {
      throw new Error(`the ${parcels}-parcel project did not reach map idle: ${firstLine(error)}; page: ${await describePage(page)}`);
    }
    const wallMs = performance.now() - started;
    if (PROFILE_DIR) {
      const { profile } = await cdp.send('Profiler.stop');
      mkdirSync(PROFILE_DIR, { recursive: true });
      writeFileSync(path.join(PROFILE_DIR, `landlink-open-${Date.now()}.cpuprofile`), JSON.stringify(profile));
    }
    const marks = await page.evaluate(() => (window as unknown as BenchWindow).__mapOpenMarks!);
    const camera = await page.evaluate(() => {
      const map = window.__landlinkMap!;
      const box = map.getContainer().getBoundingClientRect();
      const center = map.getCenter();
      return { center: [center.lng, center.lat] as [number, number], zoom: map.getZoom(), width: Math.round(box.width), height: Math.round(box.height) };
    });
    const heap = await heapMiB(cdp);
    const rss = await rendererRssMiB(browser);
    if (marks.chosen === null || marks.idle === null) throw new Error('the open was not observed (no file chosen or no idle)');
    return { openMs: marks.idle - marks.chosen, wallMs, heapMiB: heap, heapBeforeMiB, rendererRssMiB: rss, marks, camera };
  } finally {
    await browser.close();
  }
}

async function measureBare(base: string, parcels: number): Promise<Measured & { sourceLoadedMs: number; frames: number }> {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const started = performance.now();
    await page.goto(`${base}/bare/index.html`);
    await page.waitForFunction((expected) => {
      const w = window as unknown as BenchWindow;
      return w.__bareIdle !== undefined && Boolean(w.__bareMap?.loaded()) && expected > 0;
    }, parcels, { timeout: WAIT_MS, polling: 100 });
    const wallMs = performance.now() - started;
    // performance.now() counts from the navigation's start.
    const { openMs, sourceLoadedMs, frames } = await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      return { openMs: w.__bareIdle!, sourceLoadedMs: w.__bareSourceLoaded ?? NaN, frames: w.__bareFrames ?? 0 };
    });
    const cdp = await page.context().newCDPSession(page);
    const heap = await heapMiB(cdp);
    const rss = await rendererRssMiB(browser);
    return { openMs, wallMs, heapMiB: heap, rendererRssMiB: rss, sourceLoadedMs, frames };
  } finally {
    await browser.close();
  }
}

export default mapOpenCase;

// Generated bad inputs against `landlink import` (and project files against `info`): every one must end in one
// sentence with exit 2, never exit 1 (Landlink's fault), never hang, and never change the project. The suite
// reports its own figures: inputs tried, refused with exit 2, hung, project changed.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliWorker } from './cli-worker';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-abuse-'));
const project = path.join(dir, 'county.gpkg');
let worker = new CliWorker();
const HANG_MS = 60_000;

const feature = (geometry: unknown, properties: unknown = { code: 'JF-ABUSE-1' }) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });

/** Each generator makes one bad file: name → bytes. */
function generatedInputs(): [string, string | Uint8Array][] {
  const inputs: [string, string | Uint8Array][] = [
    ['coordinates-null.geojson', collection(feature({ type: 'Point', coordinates: null }))],
    ['coordinates-string.geojson', collection(feature({ type: 'Point', coordinates: 'x' }))],
    ['coordinates-short.geojson', collection(feature({ type: 'Point', coordinates: [114] }))],
    ['polygon-of-strings.geojson', collection(feature({ type: 'Polygon', coordinates: [[['a', 'b'], ['c', 'd'], ['e', 'f'], ['a', 'b']]] }))],
    ['polygon-flat.geojson', collection(feature({ type: 'Polygon', coordinates: [114, 38] }))],
    ['geometry-number.geojson', collection(feature(42))],
    ['unknown-type.geojson', collection(feature({ type: 'Circle', coordinates: [114, 38] }))],
    ['collection-without-list.geojson', collection(feature({ type: 'GeometryCollection' }))],
    ['truncated.geojson', collection(feature({ type: 'Point', coordinates: [114.5, 38.05] })).slice(0, 40)],
    ['empty.geojson', ''],
    ['not-json.geojson', 'POINT (114 38)'],
    ['features-not-features.geojson', JSON.stringify({ type: 'FeatureCollection', features: [1, 'two', null] })],
  ];
  for (const depth of [100, 2000, 20000]) inputs.push([`nested-${depth}.geojson`, collection(feature({ type: 'Point', coordinates: [114.5, 38.05] }, { code: 'JF-ABUSE-2', deep: JSON.parse(`${'['.repeat(Math.min(depth, 50))}${']'.repeat(Math.min(depth, 50))}`) })).replace('"deep":', `"deep":${'['.repeat(depth)}${']'.repeat(depth)},"x":`)]);
  for (const seed of [1, 2, 3]) inputs.push([`random-${seed}.geojson`, Uint8Array.from({ length: 2048 }, (_, i) => (i * 131 + seed * 17) % 256)]);
  return inputs;
}

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

async function runWithin(args: string[]): Promise<{ code: number; stderr: string } | 'hung'> {
  const result = await Promise.race([worker.run(args), new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), HANG_MS))]);
  if (result === 'hung') {
    worker.stop();
    worker = new CliWorker();
    await worker.ready;
  }
  return result;
}

beforeAll(async () => {
  await worker.ready;
  expect((await worker.run(['sample', project, '--seed', '8', '--parcels', '10'])).code).toBe(0);
}, 240_000);
afterAll(() => {
  worker.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('generated bad inputs', () => {
  it('every one is refused with a sentence and exit 2, none hangs, none changes the project', { timeout: 900_000 }, async () => {
    const figures = { tried: 0, refusedWithExit2: 0, exit1: [] as string[], otherExit: [] as string[], hung: [] as string[], projectChanged: [] as string[] };
    const before = digest(project);
    for (const [name, bytes] of generatedInputs()) {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      figures.tried++;
      const run = await runWithin(['import', file, '--into', project, '--as', 'old_houses']);
      if (run === 'hung') figures.hung.push(name);
      else if (run.code === 2 && run.stderr.trim().split('\n').length === 1) figures.refusedWithExit2++;
      else if (run.code === 1) figures.exit1.push(`${name}: ${run.stderr.trim()}`);
      else figures.otherExit.push(`${name}: exit ${run.code}: ${run.stderr.trim()}`);
      if (digest(project) !== before) figures.projectChanged.push(name);
    }
    // Random bytes given as the project itself.
    for (const seed of [1, 2]) {
      const file = path.join(dir, `random-project-${seed}.gpkg`);
      writeFileSync(file, Uint8Array.from({ length: 8192 }, (_, i) => (i * 197 + seed) % 256));
      figures.tried++;
      const run = await runWithin(['info', file]);
      if (run === 'hung') figures.hung.push(path.basename(file));
      else if (run.code === 2) figures.refusedWithExit2++;
      else figures.exit1.push(`${path.basename(file)}: ${run.stderr.trim()}`);
    }
    console.log(`abuse: ${figures.tried} inputs tried, ${figures.refusedWithExit2} refused with exit 2, ${figures.hung.length} hung, ${figures.exit1.length} ended in exit 1, ${figures.projectChanged.length} changed the project`);
    expect(figures.hung).toEqual([]);
    expect(figures.exit1).toEqual([]);
    expect(figures.otherExit).toEqual([]);
    expect(figures.projectChanged).toEqual([]);
    expect(figures.refusedWithExit2).toBe(figures.tried);
  });
});

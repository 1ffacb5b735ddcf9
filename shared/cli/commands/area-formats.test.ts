// `landlink area` and `landlink import` read the same formats through the same reader: a File Geodatabase folder
// and a zipped one (with --layer), and a CAD drawing.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { unzipEntries } from '../../formats/shapefile/shapefile-files';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-area-formats-'));
const project = path.join(dir, 'sample.gpkg');
const fixtures = path.resolve(__dirname, '../../../tests/fixtures/formats');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    return { code: await main(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

beforeAll(async () => {
  expect((await run(['sample', project, '--parcels', '20'])).code).toBe(0);
  // The zipped database unpacked as a user's .gdb folder.
  mkdirSync(path.join(dir, 'sandiao.gdb'));
  for (const [name, bytes] of unzipEntries(new Uint8Array(readFileSync(path.join(fixtures, 'filegdb', 'sandiao.gdb.zip')))))
    if (!name.endsWith('/')) writeFileSync(path.join(dir, name), bytes);
});

describe('landlink area and import on File Geodatabases and DXF', () => {
  it('measures DLTB of a .gdb folder and XZQ of the zip with --layer', async () => {
    const folder = await run(['area', path.join(dir, 'sandiao.gdb')]);
    expect(folder.code).toBe(0);
    const json = JSON.parse(folder.stdout) as { layer: string; features: { properties: Record<string, unknown>; area_m2: number }[] };
    expect(json.layer).toBe('DLTB');
    expect(json.features.map((f) => f.properties['ZLDWMC'])).toEqual(['东王庄村', '南庄村', '北沟村']);
    const zipped = await run(['area', path.join(fixtures, 'filegdb', 'sandiao.gdb.zip'), '--layer', 'XZQ']);
    expect(zipped.code).toBe(0);
    expect((JSON.parse(zipped.stdout) as { layer: string }).layer).toBe('XZQ');
  });

  it('imports DLTB with --layer, and a DXF drawing', async () => {
    const gdb = await run(['import', path.join(fixtures, 'filegdb', 'sandiao.gdb.zip'), '--layer', 'DLTB', '--into', project, '--as', 'reclaim_parcels', '--set', 'status=planned']);
    expect(gdb.stderr).toMatch(/CRS EPSG:4526/);
    expect(gdb.code).toBe(0);
    expect(gdb.stdout).toMatch(/imported 3 features/);
    const dxf = await run(['area', path.join(fixtures, 'dxf', 'parcels.dxf'), '--format', 'csv']);
    expect(dxf.code).toBe(0);
    expect(dxf.stdout.split('\r\n')[1]).toMatch(/^复垦地块,FK2026-101；桃坊坡村 旱地,FK2026-101,HATCH,/);
  });
});

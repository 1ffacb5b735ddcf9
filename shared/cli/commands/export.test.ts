import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readAny } from '../../formats/read-any';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-export-cli-'));
const project = path.join(dir, 'sample.gpkg');
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
  expect((await run(['sample', project])).code).toBe(0);
});

describe('landlink export', () => {
  it('writes a GBK shapefile zip in zone 38 that GDAL reads, households masked', async () => {
    const out = path.join(dir, 'houses.zip');
    const { code, stdout, stderr } = await run(['export', project, '--layer', 'old_houses', '--to', out, '--crs', 'EPSG:4526', '--encoding', 'GBK']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/exported \d+ features of old_houses/);
    expect(stderr).toMatch(/masked/);
    const info = execFileSync('ogrinfo', ['-ro', '-al', '-fid', '1', `/vsizip/${out}`], { encoding: 'utf-8' });
    expect(info).toMatch(/Gauss-Kruger zone 38/);
    expect(info).toMatch(/household \(String\) = \p{Script=Han}\*+/u);
    const back = await readAny(new Map([['houses.zip', new Uint8Array(readFileSync(out))]]));
    expect(back.encoding?.name).toBe('gbk');
    expect(back.crs.ok && back.crs.crs.code).toBe(4526);
  });

  it('includes personal data only with --include-personal', async () => {
    const out = path.join(dir, 'houses.geojson');
    expect((await run(['export', project, '--layer', 'old_houses', '--to', out, '--include-personal'])).code).toBe(0);
    const first = JSON.parse(readFileSync(out, 'utf-8')).features[0].properties.household as string;
    expect(first).not.toMatch(/\*/);
  });

  it('writes several layers into one GeoPackage', async () => {
    const out = path.join(dir, 'some.gpkg');
    expect((await run(['export', project, '--layer', 'reclaim_parcels', '--layer', 'old_houses', '--to', out])).code).toBe(0);
    const info = execFileSync('ogrinfo', ['-ro', out], { encoding: 'utf-8' });
    expect(info).toMatch(/reclaim_parcels \(Multi Polygon\)/);
    expect(info).toMatch(/old_houses \(Point\)/);
  });

  it.each([
    [['--layer', 'old_houses'], /--to/],
    [['--layer', 'old_houses', '--to', 'x.docx'], /must end in/],
    [['--layer', 'nothing', '--to', 'x.geojson'], /no layer “nothing”/],
    [['--to', 'x.geojson'], /--layer/],
    [['--layer', 'old_houses', '--to', 'x.geojson', '--crs', 'EPSG:1'], /not a coordinate system/],
    [['--layer', 'old_houses', '--to', 'x.csv', '--encoding', 'GBK'], /shapefiles/],
    [['--layer', 'old_houses', '--layer', 'reclaim_parcels', '--to', 'x.kml'], /one at a time/],
  ])('refuses bad input %j with exit 2 and one sentence, writing nothing', async (args, message) => {
    const { code, stderr } = await run(['export', project, ...args.map((a) => (a.startsWith('x.') ? path.join(dir, a) : a))]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'x.geojson'))).toBe(false);
  });
});

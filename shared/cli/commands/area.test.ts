import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runArea } from './area';

const fixture = (name: string) => fileURLToPath(new URL(`../../../tests/fixtures/shapefile/${name}`, import.meta.url));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '', stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await runArea(argv);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('landlink area', () => {
  it('measures a prefixed Gauss-Krüger shapefile zip with an ESRI .prj', async () => {
    const { code, stdout } = await run([fixture('gk38-prefixed.zip')]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.crs.code).toBe('EPSG:4526');
    expect(result.features).toHaveLength(3);
    expect(result.features[0].properties.cun).toBe('东王庄村');
    expect(result.features[0].area_m2).toBeCloseTo(9643.49, 1);
    expect(result.features[0].area_mu).toBeCloseTo(result.features[0].area_m2 * 0.0015, 9);
    expect(result.features[0].plane_crs).toBe('EPSG:4547');
  });
  it('gives the same areas for the same parcels in degrees (GBK without .cpg) and in the unprefixed grid with --crs', async () => {
    const degrees = JSON.parse((await run([fixture('gbk-no-cpg')])).stdout);
    const grid = JSON.parse((await run([fixture('gk114-no-prj'), '--crs', 'EPSG:4547'])).stdout);
    expect(degrees.encoding.name).toBe('gbk');
    for (let i = 0; i < 3; i++) expect(Math.abs(grid.features[i].area_m2 - degrees.features[i].area_m2)).toBeLessThan(1e-3);
  });
  it('writes CSV with display rounding', async () => {
    const { code, stdout } = await run([fixture('utf8-cpg/parcels.shp'), '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.split('\r\n')[1]).toBe('FK001,东王庄村,旱地,1234.5,9643.49,14.47,0.9643,395.76,9643.94,EPSG:4547');
  });
  it('refuses an unprefixed grid without a .prj, and bad usage, with one sentence and exit 2', async () => {
    const refused = await run([fixture('gk114-no-prj')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--crs/);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect((await run([])).code).toBe(2);
    expect((await run([fixture('gbk-cpg'), '--format', 'xml'])).code).toBe(2);
    expect((await run([fixture('nothing-here.geojson')])).code).toBe(2);
  });
});

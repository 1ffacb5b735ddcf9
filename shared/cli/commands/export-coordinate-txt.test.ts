// The ministry's coordinate TXT through the command line: `landlink import x.txt`, `landlink area x.txt` (and every
// other format import reads, KML included), and `landlink export … --to x.txt --zone N --where project_code=…`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCoordinateTxt } from '../../formats/coordinate-txt/read-coordinate-txt';
import { loadSqlJs } from '../../node/load-sql-js';
import { main } from '../main';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-txt-cli-'));
const project = path.join(dir, 'sample.gpkg');
const fixtures = path.resolve(__dirname, '../../../tests/fixtures/formats');
const txt = (name: string) => path.join(fixtures, 'coordinate-txt', name);
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
  expect((await run(['sample', project, '--parcels', '40'])).code).toBe(0);
});

describe('landlink and the coordinate TXT', () => {
  it('imports a GBK TXT into reclaim_parcels and says how the CRS was decided', async () => {
    const { code, stdout, stderr } = await run(['import', txt('gk38-prefixed-gbk-crlf.txt'), '--into', project, '--as', 'reclaim_parcels', '--set', 'status=planned']);
    expect(stderr).toMatch(/CRS EPSG:4526: .*\[属性描述\]/);
    expect(code).toBe(0);
    expect(stdout).toMatch(/imported 3 features into reclaim_parcels/);
  });

  it('refuses every malformed TXT with its line, exit 2, and leaves the project byte-identical', async () => {
    const before = readFileSync(project);
    const expected = JSON.parse(readFileSync(txt('expected.json'), 'utf8')) as { malformed: Record<string, { line: number | null }> };
    for (const [file, fault] of Object.entries(expected.malformed)) {
      const { code, stderr } = await run(['import', txt(`malformed/${file}`), '--into', project, '--as', 'reclaim_parcels', '--set', 'status=planned']);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      if (fault.line !== null) expect(stderr).toContain(`line ${fault.line}:`);
      expect(stderr).toMatch(/nothing was imported/);
      expect(readFileSync(project).equals(before)).toBe(true);
    }
  });

  it('`landlink area` reads the TXT, and KML that import reads, through the same reader', async () => {
    const area = await run(['area', txt('gk38-plain-utf8-bom-lf.txt')]);
    expect(area.code).toBe(0);
    const json = JSON.parse(area.stdout) as { crs: { code: string; how: string }; notes: string[]; features: { properties: Record<string, unknown>; area_m2: number }[] };
    expect(json.crs.code).toBe('EPSG:4547');
    expect(json.features.map((f) => f.properties['地块编号'])).toEqual(['FK2026-001', 'FK2026-002', 'FK2026-003']);
    expect(json.notes.join(' ')).toMatch(/stated in square metres/);
    const kml = await run(['area', path.join(fixtures, 'dltb.kml')]);
    expect(kml.code).toBe(0);
    expect((JSON.parse(kml.stdout) as { features: unknown[] }).features).toHaveLength(3);
    const csv = await run(['area', path.join(fixtures, 'corners-gbk.csv'), '--format', 'csv']);
    expect(csv.code).toBe(0);
  });

  it('exports one linkage project’s parcels as TXT in the chosen zone, and its areas come back', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database(readFileSync(project));
    const [row] = db.exec("SELECT project_code, count(*) FROM reclaim_parcels WHERE project_code IS NOT NULL GROUP BY project_code ORDER BY project_code LIMIT 1")[0]!.values;
    db.close();
    const [projectCode, count] = row as [string, number];
    const out = path.join(dir, 'filing.txt');
    const { code, stdout } = await run(['export', project, '--layer', 'reclaim_parcels', '--to', out, '--zone', '38', '--where', `project_code=${projectCode}`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/\(EPSG:4526\)/);
    const back = readCoordinateTxt(new Uint8Array(readFileSync(out)), 'filing.txt');
    expect(back.features).toHaveLength(count);
    expect(back.encoding?.name).toBe('gbk');
    expect(back.statedAreas.every((m) => m.unit === 'ha')).toBe(true);
    expect((await run(['export', project, '--layer', 'reclaim_parcels', '--to', out, '--zone', '12'])).code).toBe(2);
    expect((await run(['export', project, '--layer', 'reclaim_parcels', '--to', out, '--where', 'project_code=NO-SUCH'])).code).toBe(2);
    // `landlink area` reads the exported file and finds its stated hectares right.
    const again = await run(['area', out, '--format', 'csv']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/stated in hectares/);
  });
});

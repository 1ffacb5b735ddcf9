import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crsByCode } from '../../crs/crs-registry';
import { transformToCgcs2000 } from '../../crs/transform/to-cgcs2000';
import { transformGeometry } from '../../crs/transform/transform-geometry';
import { loadSqlJs } from '../../node/load-sql-js';
import { createEmptyProject } from '../../project/create-empty-project';
import { importGeoJSON } from '../../project/import-geojson';
import { readLayer } from '../../project/read-layer';
import { importFile } from '../import-file';
import { readAny } from '../read-any';
import { exportLayer, exportLayers, type ExportFormat, type ExportLayerInput } from './export-layer';
import { maskIdNumber, maskName } from './mask-personal';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/formats/${name}`, import.meta.url)));
let parcels: ExportLayerInput;
let houses: ExportLayerInput;

beforeAll(async () => {
  const db = createEmptyProject(await loadSqlJs(), { name: 't', county: 't' });
  const imported = await importFile(new Map([['dltb.zip', fixture('dltb-gbk-gk38.zip')]]), { table: 'reclaim_parcels', defaults: { status: 'accepted', completion_date: '2021-05-01', contractor: '冀西农田建设工程有限公司' } });
  importGeoJSON(db, 'reclaim_parcels', imported.collection);
  const csv = new TextEncoder().encode('编号,户主,村,状态,建筑面积,经度,纬度,身份证号\nJF-1,张三丰,东王庄村,已拆除,86.5,114.021,38.8105,130102199001011234\nJF-2,李四,西河村,pending,,114.026,38.8125,\n');
  const houseImport = await importFile(new Map([['houses.csv', csv]]), { table: 'old_houses' });
  importGeoJSON(db, 'old_houses', houseImport.collection);
  parcels = { table: 'reclaim_parcels', collection: readLayer(db, 'reclaim_parcels') };
  houses = { table: 'old_houses', collection: readLayer(db, 'old_houses') };
  db.close();
});

const FILE: Record<ExportFormat, string> = { geojson: 'out.geojson', shapefile: 'out.zip', kml: 'out.kml', csv: 'out.csv', xlsx: 'out.xlsx', geopackage: 'out.gpkg', 'coordinate-txt': 'out.txt' };

function positions(g: Geometry | null): Position[] {
  if (!g) return [];
  if (g.type === 'Point') return [g.coordinates];
  if (g.type === 'Polygon') return g.coordinates.flat();
  if (g.type === 'MultiPolygon') return g.coordinates.flat(2);
  return [];
}
function closeTo(a: Geometry | null, b: Geometry | null): void {
  const pa = positions(a), pb = positions(b);
  for (const p of pa) expect(Math.min(...pb.map((q) => Math.abs(p[0]! - q[0]!) + Math.abs(p[1]! - q[1]!)))).toBeLessThan(1e-9);
  expect(pa.length).toBeGreaterThan(0);
}
function write(name: string, bytes: Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
}
const ogrinfo = (...args: string[]) => execFileSync('ogrinfo', ['-ro', '-al', ...args], { encoding: 'utf-8' });

describe('exportLayer', () => {
  it.each(['geojson', 'shapefile', 'kml', 'csv', 'xlsx', 'geopackage'] as const)('%s round-trips through readAny: count, Chinese, geometry within 1e-9°', async (format) => {
    const result = await exportLayer(parcels, { format, sql: await loadSqlJs() });
    const back = await readAny(new Map([[FILE[format], result.bytes]]), { sql: await loadSqlJs(), ...(format === 'xlsx' ? { layer: '复垦地块' } : {}) });
    expect(back.layer.features).toHaveLength(3);
    expect(back.crs.ok).toBe(true);
    const villageKey = format === 'xlsx' ? '村' : 'village';
    expect(back.layer.features.map((f) => f.properties[villageKey])).toEqual(['东王庄村', '西河村', '南沟村']);
    parcels.collection.features.forEach((f, i) => closeTo(back.layer.features[i]!.geometry, f.geometry));
    if (format !== 'kml' && format !== 'csv') expect(typeof back.layer.features[0]!.properties[format === 'xlsx' ? '椭球面积' : 'area_m2']).toBe('number');
  });

  it('re-imports its own XLSX corner sheet, CSV corner table and Chinese headers into the same columns', async () => {
    const xlsx = await exportLayer(parcels, { format: 'xlsx' });
    const corners = await importFile(new Map([['p.xlsx', xlsx.bytes]]), { table: 'reclaim_parcels', layer: '界址点', defaults: { status: 'planned' } });
    expect(corners.collection.features).toHaveLength(3);
    expect(corners.collection.features[1]!.properties['code']).toBe('1002');
    const sheet = await importFile(new Map([['p.xlsx', xlsx.bytes]]), { table: 'reclaim_parcels', layer: '复垦地块' });
    expect(sheet.collection.features[0]!.properties).toMatchObject({ code: '1001', village: '东王庄村', status: 'accepted', contractor: '冀西农田建设工程有限公司', completion_date: '2021-05-01' });
    expect(sheet.problems).toEqual([]);
    const csv = await exportLayer(parcels, { format: 'csv', tableGeometry: 'xy', crs: crsByCode(4526)! });
    const fromCsv = await importFile(new Map([['p.csv', csv.bytes]]), { table: 'reclaim_parcels' });
    expect(fromCsv.crs.crs.code).toBe(4526);
    fromCsv.collection.features.forEach((f, i) => closeTo(f.geometry, parcels.collection.features[i]!.geometry));
  });

  it('reprojects into a Gauss-Krüger zone and writes a matching .prj', async () => {
    const result = await exportLayer(parcels, { format: 'shapefile', crs: crsByCode(4526)!, encoding: 'gbk' });
    const back = await readAny(new Map([['p.zip', result.bytes]]));
    expect(back.crs.ok && back.crs.crs.code).toBe(4526);
    const toDegrees = transformToCgcs2000(crsByCode(4526)!, false);
    back.layer.features.forEach((f, i) => closeTo(transformGeometry(f.geometry!, toDegrees), parcels.collection.features[i]!.geometry));
    const file = write('gk.zip', result.bytes);
    expect(ogrinfo('-so', `/vsizip/${file}`)).toMatch(/Gauss-Kruger zone 38/);
    expect(ogrinfo(`/vsizip/${file}`)).toMatch(/village \(String\) = 南沟村/);
  });

  it('is read by GDAL: shapefile, KML, GeoPackage, CSV and XLSX with the right count and Chinese values', async () => {
    const sql = await loadSqlJs();
    const shp = write('p.zip', (await exportLayer(parcels, { format: 'shapefile' })).bytes);
    expect(ogrinfo(`/vsizip/${shp}`)).toMatch(/Feature Count: 3[\s\S]*contractor \(String\) = 冀西农田建设工程有限公司/);
    const kml = write('p.kml', (await exportLayer(parcels, { format: 'kml' })).bytes);
    const kmlInfo = ogrinfo(kml);
    expect(kmlInfo).toMatch(/Feature Count: 3/);
    expect(kmlInfo).toMatch(/village \(String\) = 西河村/);
    const gpkg = write('p.gpkg', (await exportLayers([parcels, houses], { format: 'geopackage', sql })).bytes);
    const gpkgInfo = execFileSync('ogrinfo', ['-ro', '-al', gpkg], { encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(gpkgInfo).toMatch(/Layer name: reclaim_parcels[\s\S]*Feature Count: 3/);
    expect(gpkgInfo).toMatch(/Layer name: old_houses[\s\S]*Feature Count: 2/);
    expect(gpkgInfo).toMatch(/household \(String\) = 张\*\*/);
    const csv = write('p.csv', (await exportLayer(parcels, { format: 'csv' })).bytes);
    expect(ogrinfo(csv)).toMatch(/Feature Count: 3[\s\S]*village \(String\) = 东王庄村[\s\S]*POLYGON/);
    const xlsx = write('p.xlsx', (await exportLayer(parcels, { format: 'xlsx' })).bytes);
    const xlsxInfo = ogrinfo(xlsx);
    expect(xlsxInfo).toMatch(/Layer name: 复垦地块/);
    expect(xlsxInfo).toMatch(/村 \(String\) = 南沟村/);
    expect(xlsxInfo).toMatch(/状态 \(String\) = 已验收/);
  });

  it('masks household names and ID numbers unless asked to include them', async () => {
    expect(maskName('张三丰')).toBe('张**');
    expect(maskIdNumber('130102199001011234')).toBe('1301**********1234');
    for (const format of ['geojson', 'csv', 'kml', 'shapefile'] as const) {
      const masked = await exportLayer(houses, { format });
      const back = await readAny(new Map([[FILE[format], masked.bytes]]));
      expect(back.layer.features.map((f) => f.properties['household'])).toEqual(['张**', '李*']);
      expect(masked.masked).toEqual({ household: 2 });
      const clear = await exportLayer(houses, { format, includePersonal: true });
      const backClear = await readAny(new Map([[FILE[format], clear.bytes]]));
      expect(backClear.layer.features.map((f) => f.properties['household'])).toEqual(['张三丰', '李四']);
    }
    const ids = await exportLayer({ table: 'x', collection: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id_number: '130102199001011234', note: '身份证 130102199001011234' , other: '13010219900101123X' }, geometry: null }] } }, { format: 'geojson' });
    const text = new TextDecoder().decode(ids.bytes);
    expect(text).toContain('1301**********1234');
    expect(text).toContain('1301**********123X');
    expect(text).not.toContain('"130102199001011234"');
  });
});

describe('export progress and cancel', () => {
  const many: ExportLayerInput = {
    table: 'old_houses',
    collection: { type: 'FeatureCollection', features: Array.from({ length: 5000 }, (_, i) => ({ type: 'Feature' as const, properties: { code: `JF-${i}`, status: 'pending' }, geometry: { type: 'Point' as const, coordinates: [114 + i * 1e-4, 38.8] } })) },
  };

  it('reports progress between chunks and stops, writing nothing, when cancelled during a pause', async () => {
    const seen: number[] = [];
    const cancel = { cancelled: false };
    const pause = async (): Promise<void> => {
      await Promise.resolve();
      if (seen.length === 2) cancel.cancelled = true;
    };
    await expect(exportLayers([many], { format: 'geojson', onProgress: (done) => seen.push(done), cancel, pause })).rejects.toThrow(/cancelled/);
    expect(seen).toEqual([0, 2000]);
    const done: number[] = [];
    const result = await exportLayers([many], { format: 'geojson', onProgress: (d) => done.push(d), pause: async () => undefined });
    expect(done).toEqual([0, 2000, 4000]);
    expect(JSON.parse(new TextDecoder().decode(result.bytes)).features).toHaveLength(5000);
  });
});

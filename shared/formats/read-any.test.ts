import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import type { Polygon, MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../node/load-sql-js';
import { ReadCancelledError } from './progress';
import { readAny } from './read-any';
import { FormatReadError } from './read-error';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/formats/${name}`, import.meta.url)));
const one = (name: string, bytes = fixture(name)) => new Map([[name, bytes]]);
const villages = ['东王庄村', '西河村', '南沟村'];

describe('readAny', () => {
  it('reads a GBK shapefile zip without .cpg or .prj in zone 38 with the prefix', async () => {
    const result = await readAny(one('dltb-gbk-gk38.zip'));
    expect(result.format).toBe('shapefile-zip');
    expect(result.layer.features.map((f) => f.properties['ZLDWMC'])).toEqual(villages);
    expect(result.layer.features[0]!.properties['DLMC']).toBe('农村宅基地');
    expect(result.encoding?.name).toBe('gbk');
    expect(result.crs.ok && result.crs.crs.code).toBe(4526);
    expect(result.crs.ok && result.crs.how.en).toMatch(/zone number 38/);
  });

  it('reads a zip with an ESRI .prj and a .cpg', async () => {
    const result = await readAny(one('dltb-gk38-esri.zip'));
    expect(result.crs.ok && result.crs.crs.code).toBe(4526);
    expect(result.encoding?.how.en).toMatch(/\.cpg/);
  });

  it('reads loose shapefile parts picked together', async () => {
    const { unzipSync } = await import('fflate');
    const files = new Map(Object.entries(unzipSync(fixture('dltb-gk38-esri.zip'))));
    const result = await readAny(files);
    expect(result.format).toBe('shapefile');
    expect(result.layer.features).toHaveLength(3);
  });

  it('reads KML written by GDAL with typed SchemaData', async () => {
    const result = await readAny(one('dltb.kml'));
    expect(result.format).toBe('kml');
    expect(result.layer.features.map((f) => f.properties['ZLDWMC'])).toEqual(villages);
    expect(typeof result.layer.features[0]!.properties['TBMJ']).toBe('number');
    expect(result.layer.features[2]!.geometry?.type).toBe('MultiPolygon');
    expect(result.crs.ok && result.crs.crs.code).toBe(4326);
  });

  it('reads Google Earth style KML: Data, MultiGeometry, altitudes, styles left out', async () => {
    const result = await readAny(one('google-earth.kml'));
    const [first, second, house] = result.layer.features;
    expect(first!.properties).toMatchObject({ name: 'FK-001 东王庄村旧宅', 村: '东王庄村', 状态: '已验收' });
    expect(first!.properties['description']).toContain('已验收');
    expect(first!.properties).not.toHaveProperty('styleUrl');
    expect(first!.properties).not.toHaveProperty('fill');
    expect(second!.geometry?.type).toBe('MultiPolygon');
    expect((second!.geometry as MultiPolygon).coordinates[0]![0]![0]).toEqual([114.03, 38.815]);
    expect(house!.geometry).toEqual({ type: 'Point', coordinates: [114.021, 38.8105] });
  });

  it('reads KMZ', async () => {
    const kmz = zipSync({ 'doc.kml': fixture('google-earth.kml'), 'files/icon.png': new Uint8Array([1, 2, 3]) });
    const result = await readAny(one('地块.kmz', kmz));
    expect(result.format).toBe('kmz');
    expect(result.layer.features).toHaveLength(3);
  });

  it('reads a GBK corner-point CSV with X = northing first into polygons with holes', async () => {
    const result = await readAny(one('corners-gbk.csv'));
    expect(result.encoding?.name).toBe('gbk');
    expect(result.layer.features).toHaveLength(2);
    expect(result.layer.features.map((f) => f.properties['村'])).toEqual(['东王庄村', '西河村']);
    const second = result.layer.features[1]!.geometry as Polygon;
    expect(second.type).toBe('Polygon');
    expect(second.coordinates).toHaveLength(2);
    expect(second.coordinates[0]![0]![0]).toBeGreaterThan(38e6); // easting first after reading
    expect(second.coordinates[0]).toHaveLength(5); // closed
    expect(result.crs.ok && result.crs.crs.code).toBe(4526);
    expect(result.crs.ok && result.crs.axisSwapped).toBe(false);
    expect(result.notes.map((n) => n.en).join(' ')).toMatch(/X = northing/);
  });

  it('reads the same corner points from an XLSX workbook made by GDAL', async () => {
    const result = await readAny(one('corners.xlsx'));
    expect(result.format).toBe('xlsx');
    expect(result.layers).toEqual(['界址点']);
    expect(result.layer.features).toHaveLength(2);
    expect(result.crs.ok && result.crs.crs.code).toBe(4526);
  });

  it('reads a GeoPackage with an R*Tree spatial index', async () => {
    const result = await readAny(one('dltb-indexed.gpkg'), { sql: await loadSqlJs() });
    expect(result.layer.features.map((f) => f.properties['ZLDWMC'])).toEqual(villages);
    expect(result.crs.ok && result.crs.crs.code).toBe(4490);
  });

  it('reads GeoJSON with the old crs member', async () => {
    const result = await readAny(one('dltb.geojson'));
    expect(result.crs.ok && result.crs.how.en).toMatch(/EPSG::4490/);
  });

  it('takes --crs over detection and refuses an unknown code in one sentence', async () => {
    const result = await readAny(one('dltb.geojson'), { crs: 'EPSG:4326' });
    expect(result.crs.ok && result.crs.crs.code).toBe(4326);
    await expect(readAny(one('dltb.geojson'), { crs: 'EPSG:9999' })).rejects.toThrow(FormatReadError);
  });

  it('reads point tables with lon/lat and a .prj picked beside a CSV', async () => {
    const csv = new TextEncoder().encode('编号,户主,经度,纬度\nJF-1,张三,114.02,38.81\nJF-2,李四,114.03,38.82\n');
    const result = await readAny(one('houses.csv', csv));
    expect(result.layer.features.map((f) => f.geometry)).toEqual([{ type: 'Point', coordinates: [114.02, 38.81] }, { type: 'Point', coordinates: [114.03, 38.82] }]);
    expect(result.crs.ok && result.crs.crs.code).toBe(4490);
  });

  it.each([
    ['empty.csv', new Uint8Array(0), /empty/],
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), /\.xls/],
    ['notes.docx', new TextEncoder().encode('hello'), /not a format/],
    ['bad.json', new TextEncoder().encode('{"type":'), /not valid JSON/],
    ['bad.kml', new TextEncoder().encode('<kml><Placemark>'), /XML|features/],
    ['plain.csv', new TextEncoder().encode('a,b\n1,2\n'), /no coordinate columns/],
    ['none.geojson', new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'), /no features/],
    ['bad.zip', new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), /zip/],
  ])('refuses %s with one clear sentence', async (name, bytes, message) => {
    await expect(readAny(one(name, bytes))).rejects.toThrow(message);
    await expect(readAny(one(name, bytes))).rejects.toBeInstanceOf(FormatReadError);
  });

  it('refuses several data files at once and a lone .shx', async () => {
    await expect(readAny(new Map([['a.csv', new Uint8Array(1)], ['b.kml', new Uint8Array(1)]]))).rejects.toThrow(/one at a time/);
    await expect(readAny(new Map([['a.shx', new Uint8Array(100)]]))).rejects.toThrow(/\.shp and \.dbf/);
  });

  it('reports progress and stops when cancelled', async () => {
    const lines = ['X,Y'];
    for (let i = 0; i < 20000; i++) lines.push(`${4300000 + i},${38500000 + i}`);
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const seen: number[] = [];
    const done = await readAny(one('many.csv', bytes), { onProgress: (d, t) => seen.push(d / t) });
    expect(done.layer.features).toHaveLength(20000);
    expect(seen.length).toBeGreaterThan(5);
    // Splitting the text into rows is the first half of the bar, making features the second; it never goes back.
    expect(seen.some((f) => f > 0 && f < 0.5)).toBe(true);
    expect(seen.some((f) => f > 0.5)).toBe(true);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
    const cancel = { cancelled: false };
    await expect(readAny(one('many.csv', bytes), { cancel, onProgress: (d, t) => { if (d / t >= 0.2) cancel.cancelled = true; } })).rejects.toBeInstanceOf(ReadCancelledError);
  });
});

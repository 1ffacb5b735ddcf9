import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { crsByCode } from '../../crs/crs-registry';
import { crsFromPrj } from '../../crs/prj/crs-from-prj';
import { planarSignedArea } from '../../geo/topology/ring-orientation';
import { encodeText } from '../text/encode-text';
import { dbfFieldNames } from './dbf-field-names';
import { readShapefileFromFiles } from './read-shapefile';
import { writeShapefile } from './write-shapefile';

const dir = mkdtempSync(path.join(tmpdir(), 'landlink-shp-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cgcs = crsByCode(4490)!;
const dltb = JSON.parse(readFileSync(new URL('../../../tests/fixtures/formats/dltb.geojson', import.meta.url), 'utf-8')) as { features: Feature<Geometry, Record<string, unknown>>[] };
const features: Feature<Geometry, Record<string, unknown>>[] = dltb.features.map((f, i) => ({
  ...f,
  properties: { ...f.properties, 地块编号: `FK-00${i + 1}`, 复垦方向名称: '旱地', 验收日期: i === 2 ? null : `2021-0${i + 1}-15`, 已验收: i !== 1, 面积亩: (f.properties['TBMJ'] as number) * 0.0015 },
}));

function ogrinfo(file: string, config: string[] = []): string {
  return execFileSync('ogrinfo', [...config, '-al', '-ro', file], { encoding: 'utf-8' });
}
function save(files: Map<string, Uint8Array>, sub: string): string {
  const folder = path.join(dir, sub);
  execFileSync('mkdir', ['-p', folder]);
  for (const [name, bytes] of files) writeFileSync(path.join(folder, name), bytes);
  return path.join(folder, [...files.keys()].find((n) => n.endsWith('.shp'))!);
}

describe('shapefile writer', () => {
  it('round-trips through the reader: Chinese, geometry, attribute types, holes and parts', () => {
    for (const encoding of ['utf-8', 'gbk'] as const) {
      const written = writeShapefile(features, { name: '复垦地块', crs: cgcs, encoding });
      const layer = readShapefileFromFiles(written.files);
      expect(layer.encoding?.name).toBe(encoding);
      expect(layer.features).toHaveLength(3);
      const back = layer.features.map((f) => f.properties);
      expect(back.map((p) => p['ZLDWMC'])).toEqual(['东王庄村', '西河村', '南沟村']);
      expect(back[0]![written.renamedFields['复垦方向名称'] ?? '复垦方向名称']).toBe('旱地');
      expect(back[0]!['BSM']).toBe(130121001);
      expect(back[0]!['TBMJ']).toBeCloseTo(features[0]!.properties['TBMJ'] as number, 9);
      expect(back[2]![written.renamedFields['验收日期'] ?? '验收日期']).toBeNull();
      expect(back[0]![written.renamedFields['验收日期'] ?? '验收日期']).toBe('2021-01-15');
      expect(back.map((p) => p[written.renamedFields['已验收'] ?? '已验收'])).toEqual([true, false, true]);
      expect(layer.features[1]!.geometry).toMatchObject({ type: 'Polygon' });
      expect((layer.features[1]!.geometry as Polygon).coordinates).toHaveLength(2);
      expect(layer.features[2]!.geometry).toMatchObject({ type: 'MultiPolygon' });
      const original = (features[2]!.geometry as MultiPolygon).coordinates[1]![0]!;
      const read = (layer.features[2]!.geometry as MultiPolygon).coordinates[1]![0]!;
      for (const p of read) expect(Math.min(...original.map((q) => Math.abs(p[0]! - q[0]!) + Math.abs(p[1]! - q[1]!)))).toBeLessThan(1e-9);
    }
  });

  it('writes shells clockwise and holes counter-clockwise', () => {
    const written = writeShapefile([features[1]!], { name: 'p', crs: cgcs });
    const shp = written.files.get('p.shp')!;
    const view = new DataView(shp.buffer, shp.byteOffset);
    const c = 108;
    expect(view.getInt32(c + 36, true)).toBe(2);
    const ring = (start: number, end: number) => Array.from({ length: end - start }, (_, k) => [view.getFloat64(c + 52 + 16 * (start + k), true), view.getFloat64(c + 60 + 16 * (start + k), true)]);
    const split = view.getInt32(c + 48, true);
    expect(planarSignedArea(ring(0, split))).toBeLessThan(0);
    expect(planarSignedArea(ring(split, view.getInt32(c + 40, true)))).toBeGreaterThan(0);
  });

  it('is read by GDAL with the right count, field names and Chinese values (UTF-8 and GBK)', () => {
    const utf8 = save(writeShapefile(features, { name: 'parcels', crs: crsByCode(4490)! }).files, 'utf8');
    const out = ogrinfo(utf8);
    expect(out).toMatch(/Feature Count: 3/);
    expect(out).toMatch(/ZLDWMC \(String\) = 南沟村/);
    expect(out).toMatch(/BSM: Integer/);
    expect(out).toMatch(/TBMJ: Real/);
    expect(out).toMatch(/验收日: Date/);
    expect(out).toMatch(/MULTIPOLYGON/);
    const gbk = save(writeShapefile(features, { name: 'parcels', crs: crsByCode(4526)!, encoding: 'gbk' }).files, 'gbk');
    expect(ogrinfo(gbk)).toMatch(/ZLDWMC \(String\) = 西河村/);
    expect(ogrinfo(gbk, ['--config', 'SHAPE_ENCODING', 'CP936'])).toMatch(/地块编号 \(String\) = FK-002/);
  });

  it('writes a .prj that GDAL and Landlink read as the same zone', () => {
    const prj = new TextDecoder().decode(writeShapefile(features, { name: 'p', crs: crsByCode(4526)! }).files.get('p.prj')!);
    expect(prj).toMatch(/CGCS2000_3_Degree_GK_Zone_38/);
    expect(crsFromPrj(prj).crs.code).toBe(4526);
    const srs = execFileSync('gdalsrsinfo', ['-o', 'proj4', prj], { encoding: 'utf-8' });
    expect(srs).toMatch(/\+proj=tmerc/);
    expect(srs).toMatch(/\+lon_0=114/);
    expect(srs).toMatch(/\+x_0=38500000/);
  });

  it('never splits a character in a field name and keeps names unique', () => {
    const names = dbfFieldNames(['面积亩合计', '面积亩小计', '复垦方向名称', 'a_very_long_field_name', 'a_very_long_field_other'], 'utf-8');
    expect([...names.values()]).toEqual(['面积亩', '面积_1', '复垦方', 'a_very_lon', 'a_very_l_1']);
    const gbk = dbfFieldNames(['面积亩合计数', '面积亩合计量'], 'gbk');
    expect([...gbk.values()]).toEqual(['面积亩合计', '面积亩合_1']);
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), { maxLength: 8 }), (list) => {
      for (const encoding of ['utf-8', 'gbk'] as const) {
        const out = dbfFieldNames(list, encoding);
        const values = [...out.values()];
        expect(new Set(values.map((v) => v.toUpperCase())).size).toBe(values.length);
        for (const v of values) {
          const bytes = encodeText(v, encoding);
          expect(bytes.length).toBeLessThanOrEqual(10);
          if (encoding === 'utf-8') expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(v);
        }
      }
    }));
  });

  it('any UTF-8 text survives the writer and the reader', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 60 }), { minLength: 1, maxLength: 5 }), (texts) => {
      const input = texts.map((text, i): Feature<Geometry, Record<string, unknown>> => ({ type: 'Feature', properties: { 名称: text, n: i }, geometry: { type: 'Point', coordinates: [114 + i / 100, 38.8] } }));
      const back = readShapefileFromFiles(writeShapefile(input, { name: 't', crs: cgcs }).files);
      // DBF pads with spaces and the reader trims them (spaces only: a line separator is text like any other).
      expect(back.features.map((f) => f.properties['名称'])).toEqual(texts.map((t) => t.replace(/^ +| +$/g, '')));
    }), { numRuns: 150 });
  });
});

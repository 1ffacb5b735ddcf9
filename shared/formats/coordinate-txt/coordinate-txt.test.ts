// The boundary-point coordinate TXT against fixtures written from the format's description
// (tests/tools/coordinate-txt-fixtures.ts) and areas from GeographicLib (TransverseMercatorProj + Planimeter).
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../../geo/area/ellipsoidal-area';
import { loadSqlJs } from '../../node/load-sql-js';
import { createEmptyProject } from '../../project/create-empty-project';
import { importGeoJSON } from '../../project/import-geojson';
import { readLayer } from '../../project/read-layer';
import { exportLayer } from '../export/export-layer';
import { importFile } from '../import-file';
import { readAny } from '../read-any';
import { FormatReadError } from '../read-error';
import { readCoordinateTxt } from './read-coordinate-txt';

const dir = new URL('../../../tests/fixtures/formats/coordinate-txt/', import.meta.url);
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(name, dir)));
interface Expected {
  plots: { code: string; name: string; rings: number; holes: number; area_m2: number; corners: [number, number][][] }[];
  files: { file: string; encoding: string; prefixed: boolean; numbering: string; unit: 'ha' | 'm2'; wrong_area?: string }[];
  malformed: Record<string, { line: number | null; says: string }>;
}
const expected = JSON.parse(new TextDecoder().decode(bytesOf('expected.json'))) as Expected;
const ringsOf = (g: Polygon | MultiPolygon): Position[][] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

describe('reading a coordinate TXT', () => {
  for (const file of expected.files) {
    it(`reads ${file.file}: plots, rings by containment, Chinese attributes, encoding, and Planimeter's areas to 1e-9`, async () => {
      const read = await readAny(new Map([[file.file, bytesOf(file.file)]]));
      expect(read.format).toBe('coordinate-txt');
      expect(read.encoding?.name).toBe(file.encoding);
      expect(read.crs.ok).toBe(true);
      if (!read.crs.ok) return;
      const xian = file.file.startsWith('xian80');
      expect(read.crs.crs.code).toBe(xian ? 2362 : file.prefixed ? 4526 : 4547);
      expect(read.crs.how.en).toMatch(/\[属性描述\]/);
      expect(read.crs.how.en).toMatch(file.file.includes('zone-from-prefix') ? /zone 38 from the eastings' prefix/ : /带号=38/);
      if (xian) expect(read.warnings.map((w) => w.en).join(' ')).toMatch(/Xian 1980 coordinates differ from CGCS2000/);
      expect(read.layer.features).toHaveLength(expected.plots.length);
      const converted = await importFile(new Map([[file.file, bytesOf(file.file)]]), { table: 'reclaim_parcels', defaults: { status: 'planned' } });
      converted.collection.features.forEach((feature, i) => {
        const plot = expected.plots[i]!;
        expect(feature.properties).toMatchObject({ code: plot.code, original_class: '0702', status: 'planned' });
        const geometry = feature.geometry as Polygon | MultiPolygon;
        expect(ringsOf(geometry)).toHaveLength(plot.rings);
        if (!xian) expect(Math.abs(ellipsoidalArea(geometry) - plot.area_m2) / plot.area_m2).toBeLessThan(1e-9);
      });
      // Plot 3: two parts, the second with a hole holding an island (a third part).
      expect(converted.collection.features[2]!.geometry!.type).toBe('MultiPolygon');
      expect((converted.collection.features[2]!.geometry as MultiPolygon).coordinates.map((p) => p.length)).toEqual([1, 2, 1]);
      expect((converted.collection.features[1]!.geometry as Polygon).coordinates).toHaveLength(2);
      expect(read.layer.features[0]!.properties['地块名称']).toBe('桃坊坡村复垦一号');
      const notes = read.notes.map((n) => n.en).join(' ');
      expect(notes).toMatch(file.numbering === 'restart' ? /restart in each ring/ : /run on across rings/);
      expect(notes).toMatch(file.unit === 'ha' ? /stated in hectares/ : /stated in square metres/);
      const areaWarning = read.warnings.find((w) => /地块面积 that matches/.test(w.en));
      if (file.wrong_area) expect(areaWarning?.en).toMatch(new RegExp(`1 plots .*${file.wrong_area}`));
      else expect(areaWarning).toBeUndefined();
    });
  }

  for (const [file, fault] of Object.entries(expected.malformed)) {
    it(`refuses malformed/${file} with the line and the fix`, () => {
      let error: unknown;
      try {
        readCoordinateTxt(bytesOf(`malformed/${file}`), file);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(FormatReadError);
      const message = (error as FormatReadError).message;
      expect(message).toContain(fault.says);
      if (fault.line !== null) expect(message).toContain(`${file} line ${fault.line}:`);
      expect((error as FormatReadError).messageZh).toMatch(fault.line !== null ? new RegExp(`第 ${fault.line} 行`) : /缺少/);
      expect(message).toMatch(/; (add|write|repeat|check|correct)/);
    });
  }
});

describe('writing a coordinate TXT', () => {
  it('TXT → project → TXT gives back every coordinate to the millimetre, in the same rings, as GBK', async () => {
    const source = 'gk38-prefixed-gbk-crlf.txt';
    const prepared = await importFile(new Map([[source, bytesOf(source)]]), { table: 'reclaim_parcels', defaults: { status: 'planned' } });
    const db = createEmptyProject(await loadSqlJs(), { name: 't', county: 't' });
    importGeoJSON(db, 'reclaim_parcels', prepared.collection);
    const written = await exportLayer({ table: 'reclaim_parcels', collection: readLayer(db, 'reclaim_parcels') }, { format: 'coordinate-txt', txtDate: '2026-12-01' });
    db.close();
    expect(written.crs.code).toBe(4526);
    const text = new TextDecoder('gbk').decode(written.bytes);
    expect(text).toContain('\r\n带号=38\r\n');
    expect(text).toContain('精度=0.001');
    // Written in GBK: the bytes are not UTF-8.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(written.bytes)).toThrow();
    const back = readCoordinateTxt(written.bytes, 'back.txt');
    expect(back.features.map((f) => f.properties['地块编号'])).toEqual(expected.plots.map((p) => p.code));
    expect(back.features.map((f) => f.properties['地类编码'])).toEqual(['0702', '0702', '0702']);
    expect(back.features.map((f) => f.properties['地块用途'])).toEqual(['拆旧区', '拆旧区', '拆旧区']);
    // Every written coordinate equals a corner of the fixture to the millimetre, ring by ring.
    back.features.forEach((feature, i) => {
      const rings = ringsOf(feature.geometry).map((r) => r.slice(0, -1).map(([e, n]) => [Number(n!.toFixed(3)), Number((e! - 38_000_000).toFixed(3))]));
      const corners = expected.plots[i]!.corners;
      const key = (r: number[][]) => r.map((p) => p.join(',')).sort().join(';');
      expect(rings.map(key).sort()).toEqual(corners.map(key).sort());
    });
    // Stated areas in hectares with four decimals, matching the computed area.
    expect(back.statedAreas.every((m) => m.unit === 'ha')).toBe(true);
    expect(text).toMatch(/\r\n6,7\.8839,FK2026-001,/);
  });

  it('writes plain eastings and UTF-8 when asked, and refuses a system that is not a CGCS2000 3° zone', async () => {
    const read = await importFile(new Map([['a.txt', bytesOf('gk38-plain-utf8-bom-lf.txt')]]), { table: 'construction_plots', defaults: { status: 'planned' } });
    const input = { table: 'construction_plots', collection: read.collection };
    const { crsByCode } = await import('../../crs/crs-registry');
    const plain = await exportLayer(input, { format: 'coordinate-txt', crs: crsByCode(4547)!, encoding: 'utf-8' });
    const text = new TextDecoder('utf-8', { fatal: true }).decode(plain.bytes);
    expect(text).toMatch(/\r\nJ1,1,4296812\.417,517364\.282\r\n/);
    expect(text).toContain(',建新区,');
    await expect(exportLayer(input, { format: 'coordinate-txt', crs: crsByCode(2362)! })).rejects.toThrow(/CGCS2000 3° zone/);
  });
});

describe('stated areas', () => {
  it('name the unit that agrees within 0.1 %, allow the rounding of the written decimals, and flag the rest', async () => {
    const { matchStatedArea } = await import('./stated-area');
    expect(matchStatedArea(7.8839, 78839.166, 4).unit).toBe('ha');
    expect(matchStatedArea(78839.17, 78839.166, 2).unit).toBe('m2');
    // 0.0200 ha stated for 200.4 m²: 0.2 % off, but within what four decimals of a hectare can say.
    expect(matchStatedArea(0.02, 200.4, 4).unit).toBe('ha');
    expect(matchStatedArea(0.02, 203, 4).unit).toBeUndefined();
    expect(matchStatedArea(8.1, 78839.166, 1).unit).toBeUndefined();
  });
});

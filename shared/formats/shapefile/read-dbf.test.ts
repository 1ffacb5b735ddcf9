import fc from 'fast-check';
import type { Feature, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crsByCode } from '../../crs/crs-registry';
import { readShapefileFromFiles } from './read-shapefile';
import { writeShapefile } from './write-shapefile';

const cgcs = crsByCode(4490)!;
// Values as a county DBF holds them: a few names repeated over many records, some unique, some plain ASCII.
const names = ['东王庄村', '西河村', '南沟村', '旱地', '农村宅基地', 'Qianjin', '前进村一组'];

describe('DBF text and numbers', () => {
  it('reads repeated and distinct Chinese values the same in GBK and UTF-8, record by record', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ pick: fc.nat({ max: names.length }), serial: fc.nat({ max: 99_999 }), area: fc.double({ min: 0, max: 1e6, noNaN: true }) }), { minLength: 1, maxLength: 40 }), (rows) => {
        const input = rows.map(({ pick, serial, area }, i): Feature<Geometry, Record<string, unknown>> => ({
          type: 'Feature',
          properties: { 村名: pick === names.length ? `新村${serial}号` : names[pick], 编号: String(serial), 面积: Math.round(area * 100) / 100 },
          geometry: { type: 'Point', coordinates: [114 + i / 1000, 38.8] },
        }));
        for (const encoding of ['gbk', 'utf-8'] as const) {
          const back = readShapefileFromFiles(writeShapefile(input, { name: 't', crs: cgcs, encoding }).files);
          expect(back.features.map((f) => f.properties)).toEqual(input.map((f) => f.properties));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reads an overflowed number (asterisks) as empty', () => {
    const input: Feature<Geometry, Record<string, unknown>>[] = [{ type: 'Feature', properties: { 面积: 12.5 }, geometry: { type: 'Point', coordinates: [114, 38.8] } }];
    const files = writeShapefile(input, { name: 't', crs: cgcs }).files;
    const dbf = files.get('t.dbf')!.slice();
    const header = new DataView(dbf.buffer).getUint16(8, true);
    const text = new TextDecoder().decode(dbf.subarray(header + 1));
    const at = header + 1 + text.indexOf('12.5');
    dbf.set(new TextEncoder().encode('****'), at);
    files.set('t.dbf', dbf);
    expect(readShapefileFromFiles(files).features[0]!.properties['面积']).toBeNull();
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FormatReadError } from '../read-error';
import { readShapefileFromFiles, readShapefileZip } from './read-shapefile';

const fixtures = new URL('../../../tests/fixtures/shapefile/', import.meta.url);
const folder = (name: string) => {
  const dir = new URL(`${name}/`, fixtures);
  return new Map(readdirSync(dir).map((f) => [f, new Uint8Array(readFileSync(new URL(f, dir)))]));
};
const villages = ['东王庄村', '西河村', '南沟村'];

describe('shapefile reader', () => {
  it.each([
    ['gbk-cpg', 'gbk', /\.cpg/],
    ['gbk-ldid', 'gbk', /language byte is 0x4D/],
    ['gbk-no-cpg', 'gbk', /not valid UTF-8/],
    ['utf8-cpg', 'utf-8', /\.cpg/],
  ])('reads %s with Chinese text intact', (name, encoding, how) => {
    const layer = readShapefileFromFiles(folder(name));
    expect(layer.features.map((f) => f.properties['cun'])).toEqual(villages);
    expect(layer.features[0]!.properties['dlmc']).toBe('旱地');
    expect(layer.features[2]!.properties['mj']).toBeNull();
    expect(layer.encoding?.name).toBe(encoding);
    expect(layer.encoding?.how.en).toMatch(how);
  });

  it('assembles holes and multiple parts', () => {
    const layer = readShapefileFromFiles(folder('utf8-cpg'));
    expect(layer.features[1]!.geometry).toMatchObject({ type: 'Polygon' });
    expect((layer.features[1]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
    expect(layer.features[2]!.geometry).toMatchObject({ type: 'MultiPolygon' });
  });

  it('reads a zip with an ESRI Gauss_Kruger .prj', () => {
    const layer = readShapefileZip(new Uint8Array(readFileSync(new URL('gk38-prefixed.zip', fixtures))));
    expect(layer.features).toHaveLength(3);
    expect(layer.crsText).toMatch(/Gauss_Kruger/);
  });

  it('honours --encoding', () => {
    const layer = readShapefileFromFiles(folder('gbk-no-cpg'), { encoding: 'GBK' });
    expect(layer.encoding?.how.en).toMatch(/--encoding/);
  });

  it('refuses a missing .shp, a truncated .shp and a non-shapefile with one sentence', () => {
    const files = folder('utf8-cpg');
    const noShp = new Map([...files].filter(([n]) => !n.endsWith('.shp')));
    expect(() => readShapefileFromFiles(noShp)).toThrow(FormatReadError);
    const shp = files.get('parcels.shp')!;
    const truncated = new Map(files).set('parcels.shp', shp.slice(0, shp.length - 40));
    expect(() => readShapefileFromFiles(truncated)).toThrow(/truncated/);
    const garbage = new Map(files).set('parcels.shp', new TextEncoder().encode('not a shapefile at all, just text'.repeat(5)));
    expect(() => readShapefileFromFiles(garbage)).toThrow(/not a shapefile/);
    expect(() => readShapefileZip(new Uint8Array([1, 2, 3, 4]))).toThrow(FormatReadError);
  });
});

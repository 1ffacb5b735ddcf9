// A 三调-style File Geodatabase written by GDAL's OpenFileGDB driver (tests/tools/filegdb-fixtures.sh), read with
// gdal3.js: every feature class listed, DLTB with its Chinese values and fields mapped, the zone from the database's
// own coordinate system, and areas against GeographicLib's Planimeter (the same corners as the coordinate TXT
// fixtures, whose Planimeter areas tests/tools/coordinate-txt-fixtures.ts recorded).
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeGdal } from '../../cli/load-gdal';
import { ellipsoidalArea } from '../../geo/area/ellipsoidal-area';
import { importFile } from '../import-file';
import { readAny } from '../read-any';
import { unzipEntries } from '../shapefile/shapefile-files';
import { registerGdalLoader } from './gdal-wasm';

const fixtures = new URL('../../../tests/fixtures/formats/', import.meta.url);
const zip = new Uint8Array(readFileSync(new URL('filegdb/sandiao.gdb.zip', fixtures)));
const planimeter = (JSON.parse(readFileSync(new URL('coordinate-txt/expected.json', fixtures), 'utf8')) as { plots: { area_m2: number }[] }).plots.map((p) => p.area_m2);

beforeAll(() => registerGdalLoader(loadNodeGdal));

describe('reading a File Geodatabase', () => {
  it('reads DLTB from a zipped .gdb with Chinese values, 三调 fields mapped, and Planimeter’s areas', async () => {
    const result = await importFile(new Map([['sandiao.gdb.zip', zip]]), { table: 'reclaim_parcels', defaults: { status: 'planned' } });
    expect(result.read.format).toBe('filegdb');
    expect(result.read.layers).toEqual(['DLTB', 'XZQ', 'CZCDYD']);
    expect(result.read.layer.name).toBe('DLTB');
    expect(result.crs.crs.code).toBe(4526);
    expect(result.read.layer.features.map((f) => f.properties['DLMC'])).toEqual(['农村宅基地', '旱地', '其他草地']);
    expect(result.mapping.fieldMap).toMatchObject({ TBBH: 'code', DLBM: 'original_class', ZLDWMC: 'village' });
    expect(result.collection.features.map((f) => f.properties['village'])).toEqual(['东王庄村', '南庄村', '北沟村']);
    expect((result.collection.features[1]!.geometry as MultiPolygon).coordinates[0]).toHaveLength(2); // the hole survives
    for (const i of [0, 1]) {
      const area = ellipsoidalArea(result.collection.features[i]!.geometry as Polygon | MultiPolygon);
      expect(Math.abs(area - planimeter[i]!) / planimeter[i]!).toBeLessThan(1e-9);
    }
    expect(result.sourceAreas.filter((a) => a.field === 'TBMJ').every((a) => Math.abs(a.difference_pct) < 0.001)).toBe(true);
  });

  it('reads another feature class of the .gdb folder’s own files by name', async () => {
    const folder = new Map([...unzipEntries(zip)].filter(([name]) => !name.endsWith('/')));
    const read = await readAny(folder, { layer: 'XZQ' });
    expect(read.format).toBe('filegdb');
    expect(read.layer.features[0]!.properties).toMatchObject({ XZQDM: '130123001', XZQMC: '示例镇' });
    await expect(readAny(folder, { layer: 'NOPE' })).rejects.toThrow(/no layer “NOPE”; choose one of DLTB, XZQ, CZCDYD/);
  });
});

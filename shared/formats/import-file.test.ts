import { readFileSync } from 'node:fs';
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadSqlJs } from '../node/load-sql-js';
import { createEmptyProject } from '../project/create-empty-project';
import { importGeoJSON } from '../project/import-geojson';
import { readLayer } from '../project/read-layer';
import { importFile } from './import-file';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../tests/fixtures/formats/${name}`, import.meta.url)));
const original = JSON.parse(new TextDecoder().decode(fixture('dltb.geojson'))) as { features: { geometry: Polygon }[] };

describe('importFile', () => {
  it('turns a GBK 三调 shapefile in zone 38 into EPSG:4490 parcels with DLTB fields mapped', async () => {
    const result = await importFile(new Map([['dltb.zip', fixture('dltb-gbk-gk38.zip')]]), { table: 'reclaim_parcels', defaults: { status: 'planned' } });
    expect(result.crs.crs.code).toBe(4526);
    expect(result.mapping.fieldMap).toMatchObject({ TBBH: 'code', DLBM: 'original_class', ZLDWMC: 'village' });
    expect(result.mapping.sourceAreas.map((a) => a.field)).toEqual(['TBMJ', 'KCMJ', 'TBDLMJ']);
    expect(result.ignoredFields).toEqual(expect.arrayContaining(['TBMJ', 'DLMC', 'BSM']));
    const first = result.collection.features[0]!;
    expect(first.properties).toEqual({ status: 'planned', code: '1001', original_class: '0702', village: '东王庄村' });
    const ring = (first.geometry as Polygon).coordinates[0]!;
    const expected = original.features[0]!.geometry.coordinates[0]!;
    // Zone 38 and back: every corner within 1e-9° of one of the original corners.
    for (const p of ring) expect(Math.min(...expected.map((q) => Math.abs(p[0]! - q[0]!) + Math.abs(p[1]! - q[1]!)))).toBeLessThan(1e-9);
    // TBMJ was computed as the ellipsoidal area of the same geometry: the comparison agrees to the rounding.
    expect(result.sourceAreas.filter((a) => a.field === 'TBMJ').every((a) => Math.abs(a.difference_pct) < 0.01)).toBe(true);
    expect(result.problems).toEqual([]);
    const db = createEmptyProject(await loadSqlJs(), { name: 't', county: 't' });
    expect(importGeoJSON(db, 'reclaim_parcels', result.collection).inserted).toBe(3);
    expect(readLayer(db, 'reclaim_parcels').features.map((f) => f.properties['village'])).toEqual(['东王庄村', '西河村', '南沟村']);
  });

  it('maps Chinese headers of a corner-point table and reports values a column refuses', async () => {
    const result = await importFile(new Map([['corners.csv', fixture('corners-gbk.csv')]]), { table: 'reclaim_parcels', fieldMap: { 地类: 'target_class' }, defaults: { status: '已验收' } });
    expect(result.mapping.fieldMap).toEqual({ 地块编号: 'code', 村: 'village', 地类: 'target_class' });
    expect(result.collection.features[1]!.properties).toMatchObject({ code: 'FK-002', target_class: '0404', status: 'accepted' });
    expect(result.problems).toEqual([]);
    const bad = await importFile(new Map([['c.csv', new TextEncoder().encode('地块编号,X,Y,状态\nA,4297411.578,38501737.152,拆了\n')]]), { table: 'reclaim_parcels', tableGeometry: 'points' });
    expect(bad.problems[0]).toMatchObject({ feature: 0, field: '状态', column: 'status', value: '拆了' });
  });

  it('refuses when the coordinate system cannot be decided', async () => {
    const csv = new TextEncoder().encode('X,Y\n4300000,500000\n');
    await expect(importFile(new Map([['a.csv', csv]]), { table: 'old_houses' })).rejects.toThrow(/--crs/);
    const ok = await importFile(new Map([['a.csv', csv]]), { table: 'old_houses', crs: 'EPSG:4547' });
    expect(ok.collection.features[0]!.geometry?.type).toBe('Point');
  });
});

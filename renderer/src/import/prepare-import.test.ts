import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { prepareImport } from './prepare-import';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/formats/${name}`, import.meta.url))));
const request = { table: 'reclaim_parcels', userMap: {}, defaults: { status: 'planned' }, read: {} };

describe('prepareImport', () => {
  it('reads the GBK zone-38 shapefile: encoding, CRS with the reason, mapped fields, source areas beside the ellipsoidal area', async () => {
    const prepared = await prepareImport(new Map([['dltb-gbk-gk38.zip', fixture('dltb-gbk-gk38.zip')]]), request);
    expect(prepared.format).toBe('shapefile-zip');
    expect(prepared.encoding?.name).toBe('gbk');
    expect(prepared.crs).toMatchObject({ ok: true, code: 4526 });
    expect(prepared.featureCount).toBe(3);
    expect(prepared.sampleRows[0]?.['ZLDWMC']).toBe('东王庄村');
    const mapped = prepared.mapped!;
    expect(mapped.entries.find((e) => e.field === 'ZLDWMC')?.column).toBe('village');
    expect(mapped.sourceAreas.map((a) => a.field)).toEqual(['TBMJ', 'TBMJ', 'TBMJ']);
    for (const a of mapped.sourceAreas) expect(Math.abs(a.difference_pct)).toBeLessThan(0.01);
    expect(mapped.areasM2.every((a) => a !== null && a > 0)).toBe(true);
    expect(mapped.valueProblems).toEqual([]);
    expect(mapped.geometry).toEqual([]);
    expect(mapped.collection.features[0]?.properties['status']).toBe('planned');
  });

  it('the user mapping and encoding override reach the reader', async () => {
    const prepared = await prepareImport(new Map([['dltb-gbk-gk38.zip', fixture('dltb-gbk-gk38.zip')]]), { ...request, userMap: { QSDWMC: 'remarks', ZLDWMC: null }, read: { encoding: 'gbk' } });
    const entries = prepared.mapped!.entries;
    expect(entries.find((e) => e.field === 'QSDWMC')).toMatchObject({ column: 'remarks', reason: 'user' });
    expect(entries.find((e) => e.field === 'ZLDWMC')).toMatchObject({ column: null, reason: 'user' });
    expect(prepared.mapped!.collection.features[0]?.properties['remarks']).toBe('东王庄村');
  });

  it('reads the files once while only the target, the mapping or the defaults change, and again when a read choice does', async () => {
    const files = new Map([['dltb-gbk-gk38.zip', fixture('dltb-gbk-gk38.zip')]]);
    let events = 0;
    const context = { onProgress: () => void events++ };
    const readsOf = async (work: () => Promise<unknown>): Promise<number> => {
      events = 0;
      await work();
      return events;
    };
    let first: Awaited<ReturnType<typeof prepareImport>> | undefined;
    expect(await readsOf(async () => (first = await prepareImport(files, request, context)))).toBeGreaterThan(0);
    let remapped: Awaited<ReturnType<typeof prepareImport>> | undefined;
    expect(await readsOf(async () => (remapped = await prepareImport(files, { ...request, userMap: { QSDWMC: 'remarks' }, defaults: { status: 'accepted' } }, context)))).toBe(0);
    expect(remapped!.mapped!.collection.features[0]?.properties).toMatchObject({ remarks: '东王庄村', status: 'accepted' });
    // Same geometry, already in EPSG:4490, not converted twice.
    expect(remapped!.mapped!.collection.features[0]?.geometry).toEqual(first!.mapped!.collection.features[0]?.geometry);
    expect(remapped!.mapped!.areasM2).toEqual(first!.mapped!.areasM2);
    expect(await readsOf(() => prepareImport(files, { ...request, read: { encoding: 'gbk' } }, context))).toBeGreaterThan(0);
    expect(await readsOf(() => prepareImport(new Map(files), request, context))).toBeGreaterThan(0);
  });

  it('coordinates no system fits unasked: fields shown, nothing placed, until the user names a system', async () => {
    // Unprefixed Gauss-Krüger eastings without a .prj: the central meridian cannot be known from the numbers.
    const csv = new TextEncoder().encode('编号,X,Y,状态\nP1,4297411.5,501737.1,规划\nP2,4297511.5,501841.3,规划\n');
    const files = new Map([['points.csv', csv]]);
    const refused = await prepareImport(files, { ...request, table: 'old_houses', defaults: {} });
    expect(refused.crs.ok).toBe(false);
    expect(refused.mapped).toBeUndefined();
    expect(refused.fields).toContain('编号');
    const chosen = await prepareImport(files, { ...request, table: 'old_houses', defaults: {}, read: { crsCode: 4547 } });
    expect(chosen.crs).toMatchObject({ ok: true, code: 4547 });
    const [lon, lat] = (chosen.mapped!.collection.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(114.02, 1);
    expect(lat).toBeCloseTo(38.8, 0);
  });

  it('reports a bow tie as a geometry error with no safe repair, and a spike with one', async () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114, 38.8], [114.001, 38.8008], [114.001, 38.8], [114, 38.8008], [114, 38.8]]] } },
        { type: 'Feature', properties: { status: 'planned' }, geometry: { type: 'Polygon', coordinates: [[[114.004, 38.8], [114.005, 38.8], [114.005, 38.8008], [114.0045, 38.8008], [114.0045, 38.803], [114.00451, 38.8008], [114.004, 38.8008], [114.004, 38.8]]] } },
      ],
    };
    const prepared = await prepareImport(new Map([['bad.geojson', new TextEncoder().encode(JSON.stringify(geojson))]]), request);
    const [bowTie, spike] = prepared.mapped!.geometry;
    expect(bowTie?.feature).toBe(0);
    expect(bowTie?.problems.some((p) => p.code === 'self_intersection')).toBe(true);
    expect(bowTie?.repaired).toBeUndefined();
    expect(spike?.feature).toBe(1);
    expect(spike?.repaired).toBeDefined();
    expect(spike?.repairs.length).toBeGreaterThan(0);
  });

  it('an unreadable file fails with the reader’s bilingual message', async () => {
    await expect(prepareImport(new Map([['broken.geojson', new TextEncoder().encode('{ not json')]]), request)).rejects.toMatchObject({ messageZh: expect.any(String) });
  });
});

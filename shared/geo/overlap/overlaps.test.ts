import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalArea } from '../area/ellipsoidal-area';
import { summarizeByAdmin } from '../summary/summarize-by-admin';
import { findOutsideContainers } from './outside-containers';
import { findOverlaps } from './find-overlaps';
import { findPointsOutsideAreas } from './points-outside-areas';

const square = (x: number, y: number, d: number): Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });

describe('overlaps', () => {
  const a = { id: 'FK1', geometry: square(114, 38.8, 0.001) };
  const b = { id: 'FK2', geometry: square(114.0005, 38.8, 0.001) }; // half of a
  const c = { id: 'FK3', geometry: square(114.0015, 38.8, 0.001) }; // touches b along an edge only
  it('finds parcel vs parcel overlaps once, with the ellipsoidal area of the shared part', () => {
    const overlaps = findOverlaps([a, b, c]);
    expect(overlaps.map((o) => [o.a, o.b])).toEqual([['FK1', 'FK2']]);
    expect(overlaps[0]!.areaM2).toBeGreaterThan(0);
    expect(Math.abs(overlaps[0]!.areaM2 - ellipsoidalArea({ type: 'Polygon', coordinates: [[[114.0005, 38.8], [114.001, 38.8], [114.001, 38.801], [114.0005, 38.801], [114.0005, 38.8]]] })) / overlaps[0]!.areaM2).toBeLessThan(1e-6);
    expect(overlaps[0]!.areaMu).toBeCloseTo(overlaps[0]!.areaM2 * 0.0015, 9);
  });
  it('finds overlaps across two layers (parcel vs site)', () => {
    const site = { id: 'AZ1', geometry: square(114.0018, 38.8002, 0.0002) };
    expect(findOverlaps([a, b, c], [site]).map((o) => [o.a, o.b])).toEqual([['FK3', 'AZ1']]);
  });
  it('finds parcels outside their village and houses outside every village', () => {
    const villages = new Map([['东王庄村', square(114, 38.8, 0.0012)]]);
    const outside = findOutsideContainers([a, b, { id: 'FK9', geometry: square(114, 38.8, 0.0001) }], villages, (item) => (item.id === 'FK9' ? '无此村' : '东王庄村'));
    expect(outside.map((o) => [o.id, o.kind])).toEqual([['FK2', 'outside'], ['FK9', 'container_not_found']]);
    const houses = [{ id: 'JF1', geometry: { type: 'Point' as const, coordinates: [114.0001, 38.8001] } }, { id: 'JF2', geometry: { type: 'Point' as const, coordinates: [114.01, 38.81] } }];
    expect(findPointsOutsideAreas(houses, [{ id: 'V1', geometry: square(114, 38.8, 0.0012) }]).map((h) => h.id)).toEqual(['JF2']);
  });
});

describe('summaries by admin area', () => {
  it('counts parcels in village, township and county, by status and target class', () => {
    const admin = [
      { level: 'county' as const, code: '130000', name: '示例县' },
      { level: 'township' as const, code: '130001', name: '东镇', parentCode: '130000' },
      { level: 'village' as const, code: '13000101', name: '东王庄村', parentCode: '130001', geometry: square(114, 38.8, 0.01) },
    ];
    const parcels = [
      { areaM2: 1000, status: 'accepted', targetClass: '0103', township: '东镇', village: '东王庄村' },
      { areaM2: 500, status: 'planned', targetClass: '0404', geometry: square(114.001, 38.801, 0.0001) },
      { areaM2: 200, status: 'planned', targetClass: '0103', village: '别处村' },
    ];
    const county = summarizeByAdmin(parcels, admin);
    expect(county).toMatchObject({ count: 3, areaM2: 1700 });
    const township = county.children.find((c) => c.level === 'township')!;
    expect(township).toMatchObject({ count: 2, areaM2: 1500 });
    expect(township.children[0]!.byStatus).toEqual({ accepted: { count: 1, areaM2: 1000, areaMu: 1.5 }, planned: { count: 1, areaM2: 500, areaMu: 0.75 } });
    expect(county.children.find((c) => c.level === 'unassigned')).toMatchObject({ count: 1, areaM2: 200 });
    expect(county.byTargetClass['0103']).toEqual({ count: 2, areaM2: 1200, areaMu: 1.8 });
  });
});

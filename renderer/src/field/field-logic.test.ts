import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { fieldTargets, latestFindings, nextTarget, villagesWithTargets } from './field-targets';
import { checklistFailures, checklistToStore, suggestedFinding, unansweredItems, visibleItems } from './verification-checklist';

const square = (x: number, y: number, d = 0.0005): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const houses: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', geometry: square(114.0, 38.8, 0.0001), properties: { fid: 1, code: 'JF-1', village: '东村', household: '张三', status: 'pending' } },
    { type: 'Feature', geometry: square(114.01, 38.8, 0.0001), properties: { fid: 2, code: 'JF-2', village: '东村', status: 'demolished' } },
    { type: 'Feature', geometry: square(114.2, 38.9, 0.0001), properties: { fid: 3, code: 'JF-3', village: '西村', status: 'pending' } },
  ],
};
const parcels: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: square(114.005, 38.8), properties: { fid: 7, code: 'FK-7', village: '东村', status: 'completed' } }],
};
const layers = [
  { table: 'old_houses', features: houses },
  { table: 'reclaim_parcels', features: parcels },
  { table: 'admin_areas', features: { type: 'FeatureCollection', features: [] } as FeatureCollection },
];

describe('field targets', () => {
  it('lists the villages that have houses or parcels', () => {
    expect(villagesWithTargets(layers)).toEqual(['东村', '西村'].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('takes one village, nearest first once the position is known', () => {
    const byCode = fieldTargets(layers, { kind: 'village', village: '东村' }, null, new Map());
    expect(byCode.map((t) => t.code)).toEqual(['FK-7', 'JF-1', 'JF-2']);
    const near = fieldTargets(layers, { kind: 'village', village: '东村' }, [114.0102, 38.8001], new Map());
    expect(near.map((t) => t.code)).toEqual(['JF-2', 'FK-7', 'JF-1']);
    expect(near[0]!.distanceM).toBeLessThan(20);
    expect(near[2]!.bearingDeg).toBeGreaterThan(265);
    expect(near[2]!.bearingDeg).toBeLessThan(275);
  });

  it('takes what lies inside a drawn area, of any village', () => {
    const area = square(114.19, 38.89, 0.05);
    expect(fieldTargets(layers, { kind: 'area', area }, null, new Map()).map((t) => t.code)).toEqual(['JF-3']);
  });

  it('knows which are verified and which is next', () => {
    const findings = latestFindings([
      { entity_table: 'old_houses', entity_code: 'JF-2', finding: 'fail', verified_at: '2026-11-20T02:00:00Z' },
      { entity_table: 'old_houses', entity_code: 'JF-2', finding: 'pass', verified_at: '2026-11-23T02:00:00Z' },
      { entity_table: 'reclaim_parcels', entity_code: 'FK-7', finding: null, verified_at: '2026-11-23T02:00:00Z' },
    ]);
    expect(findings.get('old_houses:JF-2')).toBe('pass');
    expect(findings.has('reclaim_parcels:FK-7')).toBe(false);
    const targets = fieldTargets(layers, { kind: 'village', village: '东村' }, [114.0102, 38.8001], findings);
    expect(nextTarget(targets)?.code).toBe('FK-7');
  });
});

describe('verification checklist', () => {
  it('asks about terraces only on slopes over 15°', () => {
    expect(visibleItems('parcel', { slope_deg: 10 }).some((i) => i.key === 'terraced')).toBe(false);
    expect(visibleItems('parcel', { slope_deg: 16 }).some((i) => i.key === 'terraced')).toBe(true);
  });

  it('fails thin tillage, missing terraces and unlevelled land', () => {
    const answers = { levelled: 'yes', tillage_cm: 25, slope_deg: 20, terraced: 'no', roads_ditches: 'yes' };
    expect(checklistFailures('parcel', answers, '0103').map((f) => f.key)).toEqual(['tillage_cm', 'terraced']);
    expect(suggestedFinding('parcel', answers, '0103')).toBe('fail');
    expect(suggestedFinding('parcel', { ...answers, tillage_cm: 30, terraced: 'yes' }, '0103')).toBe('pass');
  });

  it('stays doubtful while questions are open', () => {
    expect(unansweredItems('house', { demolished: 'yes' })).toEqual(['rubble_cleared', 'photo_before', 'photo_after']);
    expect(suggestedFinding('house', { demolished: 'yes' }, null)).toBe('doubtful');
    expect(suggestedFinding('house', { demolished: 'no' }, null)).toBe('fail');
    expect(suggestedFinding('house', { demolished: 'yes', rubble_cleared: 'yes', photo_before: 'yes', photo_after: 'yes' }, null)).toBe('pass');
  });

  it('stores only visible answers, numbers as numbers', () => {
    expect(checklistToStore('parcel', { slope_deg: '8', terraced: 'no', tillage_cm: '35', crop: '玉米', levelled: '' })).toEqual({ tillage_cm: 35, slope_deg: 8, crop: '玉米' });
  });
});

import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { blockingFeatures, buildImportPlan } from './build-import-collection';
import type { MappedFeatures } from './import-messages';

const point = (x: number): Geometry => ({ type: 'Point', coordinates: [x, 38.8] });
const repaired: Geometry = { type: 'Point', coordinates: [9, 9] };
const error = { code: 'self_intersection', severity: 'error' as const, message: 'crosses', messageZh: '自相交' };

const mapped = {
  collection: { type: 'FeatureCollection', features: [0, 1, 2, 3].map((i) => ({ type: 'Feature' as const, properties: { code: `F${i}` }, geometry: point(i) })) },
  entries: [],
  missingRequired: [],
  sourceAreaFields: [],
  areasM2: [null, null, null, null],
  sourceAreas: [],
  valueProblems: [{ feature: 3, field: 'ZT', column: 'status', value: 'finished', message: { en: 'bad', zh: '错' } }],
  geometry: [
    { feature: 1, problems: [error], repairs: [] },
    { feature: 2, problems: [error], repaired, repairs: [{ en: 'fixed', zh: '已修复' }] },
  ],
} satisfies MappedFeatures;

describe('buildImportPlan', () => {
  it('a refused value and an unrepairable geometry block; a safe repair does not when fixing', () => {
    expect([...blockingFeatures(mapped, true)].sort()).toEqual([1, 3]);
    expect([...blockingFeatures(mapped, false)].sort()).toEqual([1, 2, 3]);
  });

  it('without skipping, blocking features are listed and nothing is left out', () => {
    const plan = buildImportPlan(mapped, { fix: true, skip: false });
    expect(plan.blocking).toEqual([1, 3]);
    expect(plan.collection.features).toHaveLength(4);
  });

  it('skipping leaves out exactly the blocking features; fixing swaps in the repaired geometry', () => {
    const plan = buildImportPlan(mapped, { fix: true, skip: true });
    expect(plan.blocking).toEqual([]);
    expect(plan.skipped).toEqual([1, 3]);
    expect(plan.fixed).toEqual([2]);
    expect(plan.collection.features.map((f) => f.properties['code'])).toEqual(['F0', 'F2']);
    expect(plan.collection.features[1]?.geometry).toBe(repaired);
  });

  it('skipping without fixing also leaves out what only a repair would save', () => {
    const plan = buildImportPlan(mapped, { fix: false, skip: true });
    expect(plan.skipped).toEqual([1, 2, 3]);
    expect(plan.fixed).toEqual([]);
  });
});

// Overlap detection on 100,000 parcels (parcel vs parcel), with 1 % of them shifted onto a neighbour.
import { findOverlaps } from '../../../shared/geo/overlap/find-overlaps';
import { buildSpatialIndex } from '../../../shared/geo/index/spatial-index';
import type { BenchCase } from '../bench-types';
import { timeMs } from '../bench-types';
import { syntheticParcels } from './synthetic-parcels';

const overlapCase: BenchCase = {
  title: 'overlap',
  async run(context) {
    const count = context.quick ? 10_000 : 100_000;
    const items = syntheticParcels(count, 0.01).map((geometry, i) => ({ id: i, geometry }));
    let found = 0;
    const indexMs = await timeMs(() => buildSpatialIndex(items, (item) => item.geometry));
    const overlapMs = await timeMs(() => { found = findOverlaps(items).length; });
    return [
      { name: `overlap check of ${count / 1000}k parcels (index, interior test, clip, ellipsoidal area)`, value: overlapMs, unit: 'ms', anchor: { name: 'building the spatial index alone', value: indexMs, unit: 'ms' }, ratio: overlapMs / indexMs, note: `${found} overlapping pairs found` },
    ];
  },
};

export default overlapCase;

// Old houses as points: the demolished (or still pending) homes stand on the reclaimed parcels that replace them,
// in proportion to parcel area; 12–15 % are retained for reuse elsewhere in the same villages, with a plan.
import { insideDistance } from '../geometry/convex';
import type { CirclePacking } from '../geometry/circle-packing';
import type { XY } from '../geometry/plane';
import { maskedPersonName, REUSE_PLANS } from '../names';
import type { Random } from '../prng';
import type { Village } from './admin-layout';
import type { SampleParcel } from './parcels';
import { pointInShape } from './shapes';

export interface SampleHouse {
  readonly point: XY;
  readonly properties: Record<string, unknown>;
}

export function placeHouses(parcels: readonly SampleParcel[], total: number, packing: CirclePacking, random: Random): SampleHouse[] {
  const retainedCount = Math.round(total * random.range(0.12, 0.15));
  const onParcels = largestRemainder(parcels.map((p) => p.planeAreaMu), total - retainedCount);
  const houses: SampleHouse[] = [];
  const add = (point: XY, village: Village, status: 'pending' | 'demolished' | 'retained', extra: Record<string, unknown>) => {
    const hills = point[0] < -8000;
    houses.push({
      point,
      properties: {
        code: `JF-${String(houses.length + 1).padStart(6, '0')}`,
        household: maskedPersonName(random),
        township: village.township.name,
        village: village.name,
        floor_area_m2: Math.round(random.range(60, 120) * 10) / 10,
        homestead_area_m2: Math.round(random.range(200, 500)),
        structure: random.weighted(['earth_wood', 'brick_wood', 'brick_concrete', 'stone'], (s) => ({ earth_wood: 45, brick_wood: 35, brick_concrete: 12, stone: hills ? 15 : 3 })[s]!),
        status,
        ...extra,
      },
    });
  };

  parcels.forEach((parcel, i) => {
    for (let k = 0; k < onParcels[i]!; k++) {
      const demolished = parcel.status !== 'planned';
      const year = parcel.startYear - (random.chance(0.7) ? 1 : 0);
      add(pointInShape(parcel.shape, random), parcel.village, demolished ? 'demolished' : 'pending', {
        parcel_code: parcel.code,
        demolition_date: demolished ? `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}` : null,
        agreement_no: demolished || random.chance(0.5) ? `示县腾退〔${year}〕${random.int(1, 999)}号` : null,
      });
    }
  });

  const villages = [...new Set(parcels.map((p) => p.village))];
  for (let k = 0, guard = 0; k < retainedCount && villages.length > 0 && guard < retainedCount * 50; guard++) {
    const village = random.pick(villages);
    const spread = Math.sqrt(village.area) * 0.15;
    const point: XY = [village.center[0] + random.normal(0, spread), village.center[1] + random.normal(0, spread)];
    if (insideDistance(village.cell, point) < 15 || !packing.fits(point, 6, 4)) continue;
    packing.add(point, 6);
    add(point, village, 'retained', { reuse_plan: random.pick(REUSE_PLANS), agreement_no: `示县保留〔${random.int(2017, 2021)}〕${random.int(1, 300)}号` });
    k++;
  }
  return houses;
}

/** Splits `total` into integers proportional to `weights`. */
function largestRemainder(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const exact = weights.map((w) => (w * total) / sum);
  const result = exact.map(Math.floor);
  let left = total - result.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    result[i]!++;
  }
  return result;
}

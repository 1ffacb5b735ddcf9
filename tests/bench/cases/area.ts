// Area of 100,000 parcels: Landlink's ellipsoidal area (CGCS2000) against turf.area (spherical) in the same run, and
// Landlink's agreement with GeographicLib's Planimeter on the committed fixture set.
import turfArea from '@turf/area';
import { readFileSync } from 'node:fs';
import { ellipsoidalArea } from '../../../shared/geo/area/ellipsoidal-area';
import { planimeterAgreement, type PlanimeterFixture } from '../../../shared/geo/area/planimeter-reference';
import type { BenchCase, BenchRow } from '../bench-types';
import { syntheticParcels } from './synthetic-parcels';

/** Best of several runs: the figure least disturbed by garbage collection and the other core's work. */
function bestOfMs(runs: number, work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const areaCase: BenchCase = {
  title: 'area',
  async run(context) {
    const count = context.quick ? 10_000 : 100_000;
    const parcels = syntheticParcels(count, 0);
    let sink = 0;
    const landlink = () => { for (const p of parcels) sink += ellipsoidalArea(p); };
    const turf = () => { for (const p of parcels) sink += turfArea(p); };
    // Warm both up so that each is measured JIT-compiled.
    landlink(); turf(); landlink(); turf();
    const runs = context.quick ? 3 : 7;
    const turfMs = bestOfMs(runs, turf);
    const landlinkMs = bestOfMs(runs, landlink);
    let sphericalBias = 0;
    for (const p of parcels.slice(0, 1000)) sphericalBias += turfArea(p) / ellipsoidalArea(p) - 1;

    const fixtures = (JSON.parse(readFileSync(new URL('../../fixtures/planimeter/polygons.json', import.meta.url), 'utf8')) as { polygons: PlanimeterFixture[] }).polygons;
    const agreement = planimeterAgreement(fixtures);
    const label = `${count / 1000}k parcels × 20 vertices`;
    const rows: BenchRow[] = [
      {
        name: `area of ${label} (ellipsoidal, CGCS2000)`,
        value: landlinkMs,
        unit: 'ms',
        anchor: { name: 'turf.area (spherical)', value: turfMs, unit: 'ms' },
        ratio: landlinkMs / turfMs,
        goal: '≤ 1.0×',
        note: `turf.area differs from the ellipsoidal area by ${(100 * sphericalBias / 1000).toFixed(3)} % on these parcels (${sink > 0 ? 'checked' : ''})`,
      },
      { name: `max relative error vs Planimeter, geodesic, parcels ≥ 5 ha (${fixtures.length} fixtures)`, value: agreement.maxRelativeErrorLarge, unit: '', goal: '≤ 1e-9' },
      { name: 'max relative error vs Planimeter -Q, parcels < 1 ha', value: agreement.maxRelativeErrorSmall, unit: '', goal: '≤ 1e-9' },
      {
        name: 'max relative error vs Planimeter, geodesic, all fixtures',
        value: agreement.maxRelativeErrorAll,
        unit: '',
        note: `beyond 1e-9 only by Planimeter's own absolute floor: at most ${agreement.maxExcessPerRingM2.toExponential(1)} m² per ring`,
      },
    ];
    return rows;
  },
};

export default areaCase;

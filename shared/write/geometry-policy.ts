// What an import does with features whose geometry the write path would refuse (self-intersections, rings of too
// few points, non-finite coordinates, no geometry): refuse the whole import (default), fix what can be fixed without
// changing what the parcel means (closing rings, duplicate and spike vertices; shared/geo/validate/repair-geometry),
// or skip them and import the rest. The app's import wizard and `landlink import --fix / --skip-invalid` both ask
// this module, so they decide alike.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { repairGeometry } from '../geo/validate/repair-geometry';
import type { GeometryProblem } from '../geo/validate/geometry-problem';
import { validateGeometry } from '../geo/validate/validate-geometry';

export type InvalidGeometryPolicy = 'refuse' | 'fix' | 'skip';

export interface FeatureGeometryNote {
  /** 0-based index of the feature in the source. */
  readonly feature: number;
  readonly problem: GeometryProblem;
}

export interface GeometryPolicyResult<P> {
  readonly collection: FeatureCollection<Geometry | null, P>;
  /** Features repaired (policy fix), with what was done. */
  readonly fixed: readonly { readonly feature: number; readonly repairs: readonly { en: string; zh: string }[] }[];
  /** Features left out (policy skip, or fix that could not repair them). */
  readonly skipped: readonly FeatureGeometryNote[];
  /** The first feature that stops the import (policy refuse, or fix that could not repair it): null when none. */
  readonly refused: FeatureGeometryNote | null;
}

const NO_GEOMETRY: GeometryProblem = { code: 'empty_geometry', severity: 'error', message: 'The feature has no geometry; draw it or leave it out.', messageZh: '该要素没有几何；请绘制图形或不导入该要素。' };

export function applyGeometryPolicy<P>(collection: FeatureCollection<Geometry | null, P>, policy: InvalidGeometryPolicy, requireGeometry = true): GeometryPolicyResult<P> {
  const features: Feature<Geometry | null, P>[] = [];
  const fixed: { feature: number; repairs: { en: string; zh: string }[] }[] = [];
  const skipped: FeatureGeometryNote[] = [];
  let refused: FeatureGeometryNote | null = null;
  collection.features.forEach((feature, index) => {
    if (refused) return;
    const problem = !feature.geometry ? (requireGeometry ? NO_GEOMETRY : undefined) : validateGeometry(feature.geometry).find((p) => p.severity === 'error');
    if (!problem) {
      features.push(feature);
      return;
    }
    if (policy === 'fix' && feature.geometry) {
      const repair = repairGeometry(feature.geometry);
      const left = repair.remaining.find((p) => p.severity === 'error');
      if (!left) {
        fixed.push({ feature: index, repairs: repair.repairs.map((r) => ({ en: r.message, zh: r.messageZh })) });
        features.push({ ...feature, geometry: repair.geometry });
        return;
      }
      refused = { feature: index, problem: left };
      return;
    }
    if (policy === 'skip') skipped.push({ feature: index, problem });
    else refused = { feature: index, problem };
  });
  return { collection: { ...collection, features }, fixed, skipped, refused };
}

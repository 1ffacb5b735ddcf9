// Turns the wizard's choices in the validation report into the collection that is imported: repaired geometries
// where the user chose "fix" and the repair is safe, bad features left out where the user chose "skip". Features
// with a refused value or an unrepaired geometry error block the import unless skipped: importing them would fail.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { MappedFeatures } from './import-messages';

export interface ReportChoices {
  readonly fix: boolean;
  readonly skip: boolean;
}

export interface ImportPlan {
  readonly collection: FeatureCollection<Geometry | null, Record<string, unknown>>;
  /** Feature indexes repaired, skipped, and still blocking (non-empty only when not skipping). */
  readonly fixed: readonly number[];
  readonly skipped: readonly number[];
  readonly blocking: readonly number[];
}

/** Indexes of features that cannot be imported as they are, given whether safe repairs are applied. */
export function blockingFeatures(mapped: MappedFeatures, fix: boolean): Set<number> {
  const out = new Set<number>();
  for (const p of mapped.valueProblems) out.add(Math.max(0, p.feature));
  for (const g of mapped.geometry) {
    const hasError = g.problems.some((p) => p.severity === 'error');
    if (hasError && !(fix && g.repaired)) out.add(g.feature);
  }
  return out;
}

export function buildImportPlan(mapped: MappedFeatures, choices: ReportChoices): ImportPlan {
  const blocking = blockingFeatures(mapped, choices.fix);
  const repaired = new Map(choices.fix ? mapped.geometry.filter((g) => g.repaired).map((g) => [g.feature, g.repaired!]) : []);
  const features: Feature<Geometry | null, Record<string, unknown>>[] = [];
  const fixed: number[] = [];
  const skipped: number[] = [];
  mapped.collection.features.forEach((feature, i) => {
    if (blocking.has(i) && choices.skip) {
      skipped.push(i);
      return;
    }
    const geometry = repaired.get(i);
    if (geometry) fixed.push(i);
    features.push(geometry ? { ...feature, geometry } : feature);
  });
  return { collection: { type: 'FeatureCollection', features }, fixed, skipped, blocking: choices.skip ? [] : [...blocking].sort((a, b) => a - b) };
}

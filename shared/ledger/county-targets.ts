// The county's targets for the relocation chain (set by the county; kept as JSON in landlink_meta "county.targets")
// and the progress the project shows against them: households and persons relocated, old houses demolished, mu
// reclaimed (accepted or filed), quota sold, loan principal repaid. A target left empty is not tracked.
export const COUNTY_TARGETS_META_KEY = 'county.targets';

export const COUNTY_TARGET_KEYS = ['households', 'persons', 'housesDemolished', 'reclaimedMu', 'quotaSoldMu', 'loansRepaidYuan'] as const;
export type CountyTargetKey = (typeof COUNTY_TARGET_KEYS)[number];
export type CountyTargets = Partial<Record<CountyTargetKey, number>>;

export interface TargetProgress {
  readonly key: CountyTargetKey;
  readonly target: number;
  readonly actual: number;
  /** actual ÷ target (may exceed 1). */
  readonly share: number;
}

/** Targets from their stored JSON: only known keys with finite, positive numbers; anything else is left out. */
export function parseCountyTargets(text: string | undefined): CountyTargets {
  if (!text) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const targets: CountyTargets = {};
  for (const key of COUNTY_TARGET_KEYS) {
    const n = (value as Record<string, unknown>)[key];
    if (typeof n === 'number' && Number.isFinite(n) && n > 0) targets[key] = n;
  }
  return targets;
}

/** What is wrong with a target the user typed, as i18n-free codes the form turns into messages; null when fine. */
export function targetValueProblem(value: number | null): 'not-a-number' | 'not-positive' | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) return 'not-a-number';
  return value > 0 ? null : 'not-positive';
}

export function targetProgress(targets: CountyTargets, actual: Readonly<Record<CountyTargetKey, number>>): TargetProgress[] {
  return COUNTY_TARGET_KEYS.flatMap((key) => {
    const target = targets[key];
    return target ? [{ key, target, actual: actual[key], share: actual[key] / target }] : [];
  });
}

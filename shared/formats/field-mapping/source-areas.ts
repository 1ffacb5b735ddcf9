// Compares the areas a source file states (TBMJ, 面积, 亩…) with Landlink's ellipsoidal area of the same geometry,
// so that a wrong coordinate system, a plane area or a typing error shows before import. The source figure is only
// reported: the area Landlink stores and shows is always computed from the geometry.
import type { BilingualText } from '../../crs/crs-info';
import { SQUARE_METRES_PER_HECTARE, SQUARE_METRES_PER_MU } from '../../domain/units';
import type { ReadProperties } from '../read-result';
import { numericCell } from '../table/cell-value';
import type { SourceAreaField } from './suggest-field-map';

export interface SourceAreaComparison {
  /** Index of the feature in the file. */
  readonly feature: number;
  readonly field: string;
  readonly source_m2: number;
  readonly computed_m2: number;
  /** (source − computed) / computed × 100. */
  readonly difference_pct: number;
}

const TO_M2 = { m2: 1, mu: SQUARE_METRES_PER_MU, ha: SQUARE_METRES_PER_HECTARE } as const;

/** Differences above this are worth a warning: a plane area is at most ~0.04 % off within a 3° zone. */
export const AREA_WARNING_PCT = 0.5;

export function compareSourceAreas(properties: readonly ReadProperties[], computedM2: readonly (number | null)[], fields: readonly SourceAreaField[]): SourceAreaComparison[] {
  const out: SourceAreaComparison[] = [];
  // KCMJ is a deduction and TBDLMJ = TBMJ − KCMJ: only the whole parcel's area (TBMJ, or a plain area) matches the geometry.
  const comparable = fields.filter((f) => !/^(kcmj|tbdlmj)$/i.test(f.field));
  properties.forEach((p, i) => {
    const computed = computedM2[i];
    if (computed === null || computed === undefined || computed <= 0) return;
    for (const f of comparable) {
      const value = numericCell(p[f.field] ?? null);
      if (value === undefined) continue;
      const source = value * TO_M2[f.unit];
      out.push({ feature: i, field: f.field, source_m2: source, computed_m2: computed, difference_pct: ((source - computed) / computed) * 100 });
    }
  });
  return out;
}

export function sourceAreaWarning(comparisons: readonly SourceAreaComparison[]): BilingualText | undefined {
  const off = comparisons.filter((c) => Math.abs(c.difference_pct) > AREA_WARNING_PCT);
  if (off.length === 0) return undefined;
  const worst = off.reduce((a, b) => (Math.abs(b.difference_pct) > Math.abs(a.difference_pct) ? b : a));
  return {
    en: `${off.length} features state an area (${worst.field}) more than ${AREA_WARNING_PCT} % away from the ellipsoidal area of their geometry (worst: feature ${worst.feature + 1}, ${worst.difference_pct.toFixed(2)} %); check the coordinate system and the unit. Landlink stores the computed area.`,
    zh: `${off.length} 个要素的面积字段（${worst.field}）与其几何的椭球面积相差超过 ${AREA_WARNING_PCT}%（最大：第 ${worst.feature + 1} 个，${worst.difference_pct.toFixed(2)}%）；请检查坐标系和单位。Landlink 保存计算面积。`,
  };
}

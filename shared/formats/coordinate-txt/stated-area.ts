// Compares a plot's stated 地块面积 with the ellipsoidal area of its rings. Red-line files state 公顷, some m²; the
// figure is matched against both, the unit that agrees is named, and a plot that matches neither within 0.1 % is
// reported (a plane area is at most ~0.04 % off within a 3° zone, so 0.1 % means a wrong figure or a wrong point).
// A figure is also held to what its own decimals can say: 0.0200 公顷 is 200 m² ± 0.5 m², which is 0.25 % of a small
// homestead plot, so half a unit of the last written decimal is always allowed.
import type { BilingualText } from '../../crs/crs-info';
import { SQUARE_METRES_PER_HECTARE } from '../../domain/units';

export const STATED_AREA_TOLERANCE = 0.001;

export type StatedAreaUnit = 'ha' | 'm2';

export interface StatedAreaMatch {
  /** The unit the stated figure agrees in, or undefined when it agrees in neither. */
  readonly unit: StatedAreaUnit | undefined;
  /** Relative difference in the unit that came closer. */
  readonly difference: number;
  readonly closer: StatedAreaUnit;
}

export function matchStatedArea(stated: number, computedM2: number, decimals = 4): StatedAreaMatch {
  const asHa = Math.abs(stated * SQUARE_METRES_PER_HECTARE - computedM2) / computedM2;
  const asM2 = Math.abs(stated - computedM2) / computedM2;
  const closer: StatedAreaUnit = asHa <= asM2 ? 'ha' : 'm2';
  const difference = Math.min(asHa, asM2);
  const rounding = (0.5 * 10 ** -decimals * (closer === 'ha' ? SQUARE_METRES_PER_HECTARE : 1)) / computedM2;
  return { unit: difference <= Math.max(STATED_AREA_TOLERANCE, rounding) ? closer : undefined, difference, closer };
}

/** One note for the whole file (which unit the stated areas are in) and one warning listing plots that match neither. */
export function statedAreaReport(matches: readonly { plot: string; line: number; match: StatedAreaMatch }[]): { note?: BilingualText; warning?: BilingualText } {
  const ha = matches.filter((m) => m.match.unit === 'ha').length;
  const m2 = matches.filter((m) => m.match.unit === 'm2').length;
  const off = matches.filter((m) => m.match.unit === undefined);
  const out: { note?: BilingualText; warning?: BilingualText } = {};
  if (ha + m2 > 0)
    out.note = {
      en: `地块面积 is stated in ${ha >= m2 ? 'hectares (公顷)' : 'square metres'}: ${ha >= m2 ? ha : m2} of ${matches.length} plots agree with their ellipsoidal area within 0.1 %${ha > 0 && m2 > 0 ? ` (${ha >= m2 ? m2 : ha} in ${ha >= m2 ? 'square metres' : 'hectares'})` : ''}.`,
      zh: `地块面积单位为${ha >= m2 ? '公顷' : '平方米'}：${matches.length} 个地块中 ${ha >= m2 ? ha : m2} 个与椭球面积相差不超过 0.1%${ha > 0 && m2 > 0 ? `（另有 ${ha >= m2 ? m2 : ha} 个按${ha >= m2 ? '平方米' : '公顷'}相符）` : ''}。`,
    };
  if (off.length > 0) {
    const worst = off.reduce((a, b) => (b.match.difference > a.match.difference ? b : a));
    const list = off.slice(0, 5).map((o) => `${o.plot} (line ${o.line})`).join(', ');
    const listZh = off.slice(0, 5).map((o) => `${o.plot}（第 ${o.line} 行）`).join('、');
    out.warning = {
      en: `${off.length} plots state a 地块面积 that matches their ellipsoidal area neither in hectares nor in square metres within 0.1 % (${list}${off.length > 5 ? ', …' : ''}; worst ${(worst.match.difference * 100).toFixed(2)} %); check those plots' points and figures. Landlink stores the computed area.`,
      zh: `${off.length} 个地块的地块面积按公顷或平方米均与椭球面积相差超过 0.1%（${listZh}${off.length > 5 ? '…' : ''}；最大 ${(worst.match.difference * 100).toFixed(2)}%）；请核对这些地块的界址点与面积。Landlink 保存计算面积。`,
    };
  }
  return out;
}

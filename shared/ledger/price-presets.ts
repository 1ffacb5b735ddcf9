// Quota price presets from DOMAIN.md ("Linkage and quota rules"; 2018 cross-province rules, to verify before relying
// on them). They fill in a new sale's unit price and the plan's assumed price; each project may override them, and
// a user's edits are kept in the project's settings (ledger-settings.ts).
import type { QuotaQuality, SaleScope } from './ledger-rows';

export interface PricePreset {
  readonly id: string;
  readonly scope: SaleScope;
  readonly quality: QuotaQuality | null;
  readonly label: { readonly zh: string; readonly en: string };
  /** The price a new sale starts with, yuan per mu. */
  readonly yuanPerMu: number;
  /** The range seen in practice, yuan per mu, for a sanity hint in forms. */
  readonly range: readonly [number, number];
}

export const DEFAULT_PRICE_PRESETS: readonly PricePreset[] = [
  { id: 'cross_province_cultivated', scope: 'cross_province', quality: 'cultivated', label: { zh: '跨省域调剂（耕地）', en: 'Across provinces (cultivated land)' }, yuanPerMu: 300_000, range: [300_000, 300_000] },
  { id: 'cross_province_high_standard', scope: 'cross_province', quality: 'high_standard', label: { zh: '跨省域调剂（高标准农田）', en: 'Across provinces (high-standard farmland)' }, yuanPerMu: 400_000, range: [400_000, 400_000] },
  { id: 'intra_province_typical', scope: 'intra_province', quality: null, label: { zh: '省域内流转（常见）', en: 'Within the province (typical)' }, yuanPerMu: 250_000, range: [200_000, 300_000] },
  { id: 'intra_province_low', scope: 'intra_province', quality: null, label: { zh: '省域内流转（低）', en: 'Within the province (low)' }, yuanPerMu: 100_000, range: [100_000, 200_000] },
  { id: 'intra_province_high', scope: 'intra_province', quality: null, label: { zh: '省域内流转（高）', en: 'Within the province (high)' }, yuanPerMu: 500_000, range: [300_000, 500_000] },
];

/** The presets with the user's edits applied: same id replaces the price, a new id is added. */
export function editedPricePresets(edits: readonly Partial<PricePreset>[] = [], base: readonly PricePreset[] = DEFAULT_PRICE_PRESETS): PricePreset[] {
  const presets = base.map((p) => ({ ...p }));
  for (const edit of edits) {
    if (!edit.id || !(typeof edit.yuanPerMu === 'number' && edit.yuanPerMu >= 0)) continue;
    const index = presets.findIndex((p) => p.id === edit.id);
    if (index >= 0) presets[index] = { ...presets[index]!, ...edit } as PricePreset;
    else if (edit.scope && edit.label) presets.push({ quality: null, range: [edit.yuanPerMu, edit.yuanPerMu], ...edit } as PricePreset);
  }
  return presets;
}

/** The preset price of a sale of this scope and quality (intra-province sales use the typical price). */
export function presetPrice(scope: SaleScope, quality: QuotaQuality | null, presets: readonly PricePreset[] = DEFAULT_PRICE_PRESETS): number {
  const match = presets.find((p) => p.scope === scope && p.quality === quality) ?? presets.find((p) => p.scope === scope && (p.id.endsWith('_typical') || p.id.endsWith('_cultivated')));
  return match?.yuanPerMu ?? 0;
}

// The legend lists what the template shows, in map order top to bottom: each status drawn, then the context
// layers. Symbols are named here; their colours come from the map style the renderer draws with.
import { enumLabel } from '../domain/labels';
import type { PrintTemplate } from './templates';

export type LegendSymbol = 'fill' | 'line' | 'dashed-line' | 'circle';

export interface LegendItem {
  /** `parcel:accepted`, `house:pending`, `site`, `construction`, `linkage`, `county`, `township`, `river`, `road`. */
  readonly id: string;
  readonly symbol: LegendSymbol;
  readonly label: { readonly zh: string; readonly en: string };
}

export function legendItems(template: PrintTemplate): LegendItem[] {
  const items: LegendItem[] = [];
  const has = (layer: PrintTemplate['layers'][number]) => template.layers.includes(layer);
  if (has('old_houses')) for (const s of template.houseStatuses) items.push({ id: `house:${s}`, symbol: 'circle', label: { zh: `旧房·${enumLabel('house_status', s, 'zh')}`, en: `House: ${enumLabel('house_status', s, 'en')}` } });
  if (has('reclaim_parcels')) for (const s of template.parcelStatuses) items.push({ id: `parcel:${s}`, symbol: 'fill', label: { zh: `复垦地块·${enumLabel('parcel_status', s, 'zh').replace(/（.*）/, '')}`, en: `Parcel: ${enumLabel('parcel_status', s, 'en').replace(/ \(.*\)/, '')}` } });
  if (has('construction_plots')) items.push({ id: 'construction', symbol: 'fill', label: { zh: '建新地块', en: 'Construction plot' } });
  if (has('resettlement_sites')) items.push({ id: 'site', symbol: 'fill', label: { zh: '安置区', en: 'Resettlement site' } });
  if (has('linkage_outlines')) items.push({ id: 'linkage', symbol: 'dashed-line', label: { zh: '挂钩项目区', en: 'Linkage project area' } });
  if (has('admin_areas')) {
    items.push({ id: 'county', symbol: 'line', label: { zh: '县界', en: 'County boundary' } });
    items.push({ id: 'township', symbol: 'dashed-line', label: { zh: '乡镇界', en: 'Township boundary' } });
  }
  if (has('context_lines')) {
    items.push({ id: 'river', symbol: 'line', label: { zh: '河流', en: 'River' } });
    items.push({ id: 'road', symbol: 'line', label: { zh: '道路', en: 'Road' } });
  }
  return items;
}

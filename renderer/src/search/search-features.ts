// Finds features by code, name, village, township or household across the map's tables: exact code matches first,
// then prefix matches, then any field containing the text.
import type { Feature } from 'geojson';
import type { LayerData } from '../worker/project-protocol';

export interface SearchHit {
  readonly table: string;
  readonly feature: Feature;
  /** 0 = exact code, 1 = code or name starts with the text, 2 = a field contains it. */
  readonly rank: number;
}

const SEARCHED_FIELDS = ['code', 'name', 'village', 'township', 'household'] as const;
const SEARCHED_TABLES = ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas'];

export function searchFeatures(layers: readonly LayerData[], query: string, limit = 20): SearchHit[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [];
  const hits: SearchHit[] = [];
  for (const table of SEARCHED_TABLES) {
    const layer = layers.find((l) => l.table === table);
    for (const feature of layer?.features.features ?? []) {
      const properties = feature.properties ?? {};
      const code = String(properties.code ?? '').toLowerCase();
      const name = String(properties.name ?? '').toLowerCase();
      let rank = -1;
      if (code === needle) rank = 0;
      else if (code.startsWith(needle) || name.startsWith(needle)) rank = 1;
      else if (SEARCHED_FIELDS.some((field) => String(properties[field] ?? '').toLowerCase().includes(needle))) rank = 2;
      if (rank >= 0) hits.push({ table, feature, rank });
    }
  }
  return hits.sort((a, b) => a.rank - b.rank || String(a.feature.properties?.code ?? '').localeCompare(String(b.feature.properties?.code ?? ''))).slice(0, limit);
}

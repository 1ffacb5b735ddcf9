// Map layers a click can pick, top priority first (a house point over a parcel picks the house), with their table.
export const INTERACTIVE_LAYERS: readonly { readonly layerId: string; readonly table: string }[] = [
  { layerId: 'houses-circle', table: 'old_houses' },
  { layerId: 'parcels-fill', table: 'reclaim_parcels' },
  { layerId: 'construction-fill', table: 'construction_plots' },
  { layerId: 'sites-fill', table: 'resettlement_sites' },
  { layerId: 'villages-fill', table: 'admin_areas' },
];

export function tableOfLayer(layerId: string): string | undefined {
  return INTERACTIVE_LAYERS.find((l) => l.layerId === layerId)?.table;
}

/** From features under the cursor (any order), the table and fid of the one with the highest priority. */
export function pickTopFeature(hits: readonly { layerId: string; fid: unknown }[]): { table: string; fid: number } | null {
  for (const { layerId, table } of INTERACTIVE_LAYERS) {
    const hit = hits.find((h) => h.layerId === layerId && typeof h.fid === 'number');
    if (hit) return { table, fid: hit.fid as number };
  }
  return null;
}

/** A box is mostly drawn around parcels: they come first there, then houses, plots and sites (never villages). */
const BOX_PRIORITY = ['reclaim_parcels', 'old_houses', 'construction_plots', 'resettlement_sites'];

/** From features inside a selection box, the fids of the highest-priority table that has any. */
export function pickBoxSelection(hits: readonly { layerId: string; fid: unknown }[]): { table: string; fids: number[] } | null {
  for (const table of BOX_PRIORITY) {
    const layerId = INTERACTIVE_LAYERS.find((l) => l.table === table)!.layerId;
    const fids = [...new Set(hits.filter((h) => h.layerId === layerId && typeof h.fid === 'number').map((h) => h.fid as number))];
    if (fids.length) return { table, fids: fids.sort((a, b) => a - b) };
  }
  return null;
}

// Which tables the attribute table has a tab for, in the order of the relocation chain: the map's feature tables
// (rows from the project view), then the ledger tables without geometry (rows read through the worker).
import type { ProjectView } from '../worker/project-protocol';

export interface TableTab {
  readonly table: string;
  /** `layer`: rows are the features of the project view; `rows`: read with the worker's `table.rows`. */
  readonly source: 'layer' | 'rows';
}

const FEATURE_TABS = ['reclaim_parcels', 'old_houses', 'resettlement_sites', 'construction_plots', 'admin_areas'];
const ATTRIBUTE_TABS = ['linkage_projects', 'quota_transactions', 'quota_payments', 'turnover_quota', 'loans', 'verifications'];

export function tableTabs(view: ProjectView | undefined): TableTab[] {
  if (!view) return [];
  const layers = new Set(view.layers.map((l) => l.table));
  return [
    ...FEATURE_TABS.filter((t) => layers.has(t)).map((table) => ({ table, source: 'layer' as const })),
    ...ATTRIBUTE_TABS.filter((t) => t in view.summary.counts).map((table) => ({ table, source: 'rows' as const })),
  ];
}

export const DEFAULT_TABLE = 'reclaim_parcels';

// 在地图上查看: selects a linkage project's reclaimed parcels, closes the ledger and fits the map to them, so staff go
// from a figure in the ledger to the parcels behind it in one click.
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import { zoomToSelection } from '../table/zoom-to-selection';
import { closeLedger } from './ledger-store';

/** Returns how many parcels were selected (0: nothing to show). */
export function showProjectOnMap(app: AppServices, projectCode: string): number {
  const layer = useAppStore.getState().project?.view.layers.find((l) => l.table === 'reclaim_parcels');
  const fids = (layer?.features.features ?? []).filter((f) => f.properties?.project_code === projectCode).map((f) => Number(f.properties?.fid));
  if (fids.length === 0) return 0;
  app.ui.select({ table: 'reclaim_parcels', fids });
  closeLedger();
  zoomToSelection();
  return fids.length;
}

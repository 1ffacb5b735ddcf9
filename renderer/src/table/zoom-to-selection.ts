// Zoom to row: fits the map to the selected features (a single house point is shown at a field-walk scale).
import { getMapInstance } from '../map/map-instance';
import { useAppStore } from '../state/app-store';
import { featureBounds } from './feature-bounds';

/** Returns false when there is nothing to zoom to (no selection, or rows without geometry). */
export function zoomToSelection(): boolean {
  const { project, selection } = useAppStore.getState();
  const map = getMapInstance();
  if (!project || !selection || !map) return false;
  const bounds = featureBounds(project.view, selection.table, selection.fids);
  if (!bounds) return false;
  map.fitBounds(bounds, { padding: 48, maxZoom: 17, animate: false });
  return true;
}

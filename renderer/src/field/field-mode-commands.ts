// Opening and closing field mode, and choosing the target to verify.
import { useFieldStore } from './field-store';
import { cancelFieldMapTool } from './field-map-tools';
import { stopPositionSource } from './position-sources';
import { getMapInstance } from '../map/map-instance';
import type { FieldTarget } from './field-targets';

export function toggleFieldMode(): void {
  if (useFieldStore.getState().open) closeFieldMode();
  else useFieldStore.setState({ open: true });
}

/** Closes field mode; the position source stops (a receiver's port is released) and map tools end. */
export function closeFieldMode(): void {
  cancelFieldMapTool();
  stopPositionSource();
  useFieldStore.setState({ open: false, walk: null, drawingArea: false });
}

export function chooseTarget(target: FieldTarget): void {
  useFieldStore.setState({ active: { table: target.table, code: target.code }, walk: null });
  const map = getMapInstance();
  // Centred in the part of the map the field panel leaves visible.
  const covered = document.querySelector<HTMLElement>('.field-mode')?.offsetWidth ?? 0;
  map?.easeTo({ center: [target.point[0]!, target.point[1]!], zoom: Math.max(map.getZoom(), 16), padding: { right: covered, left: 0, top: 0, bottom: 0 }, duration: 300 });
}

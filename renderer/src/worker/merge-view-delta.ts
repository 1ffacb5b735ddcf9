// The UI's side of a change: the worker sends only the features a change touched (ProjectView.delta), and the layers
// the UI holds are patched with them, so every panel keeps reading whole layers while the county is never copied.
import type { FeatureCollection } from 'geojson';
import type { LayerData, ProjectView } from './project-protocol';
import { patchLayer } from './patch-layer';

/** Merged view → the view its delta was applied to: the map applies the same delta only on top of that one. */
const bases = new WeakMap<ProjectView, ProjectView>();

export function viewBase(view: ProjectView): ProjectView | undefined {
  return bases.get(view);
}

export function mergeViewDelta(previous: ProjectView | undefined, next: ProjectView): ProjectView {
  if (!next.delta) return next;
  const base = previous?.layers ?? [];
  const byTable = new Map(next.delta.map((d) => [d.table, d]));
  const layers: LayerData[] = base.map((layer) => {
    const change = byTable.get(layer.table);
    if (!change) return layer;
    return { table: layer.table, features: patchLayer(layer.features, { type: 'FeatureCollection', features: [...change.upserts] } as FeatureCollection, change.removed) };
  });
  const merged = { ...next, layers };
  if (previous) bases.set(merged, previous);
  return merged;
}

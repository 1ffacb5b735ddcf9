// The selected features themselves (the store keeps only table and fids): the feature panel and the drawing commands
// both read them from the project view the same way.
import type { Feature } from 'geojson';
import type { LayerData } from '../worker/project-protocol';
import type { Selection } from './app-store';

export interface SelectedFeatures {
  readonly table: string;
  readonly features: Feature[];
}

export function selectedFeaturesOf(selection: Selection | null, layers: readonly LayerData[] | undefined): SelectedFeatures | null {
  if (!selection || !layers) return null;
  const layer = layers.find((l) => l.table === selection.table);
  if (!layer) return null;
  const wanted = new Set(selection.fids);
  return { table: selection.table, features: layer.features.features.filter((f) => wanted.has(f.properties?.fid as number)) };
}

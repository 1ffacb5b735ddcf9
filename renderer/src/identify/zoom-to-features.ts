// Fits the map to some features (a selection, a search result), never closer than a field-walk scale.
import type { Feature } from 'geojson';
import { getMapInstance } from '../map/map-instance';
import { boundsOfLayers } from '../worker/layer-bounds';

export function zoomToFeatures(features: readonly Feature[]): void {
  const bounds = boundsOfLayers([{ table: '', features: { type: 'FeatureCollection', features: [...features] } }]);
  if (!bounds) return;
  getMapInstance()?.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding: 60, maxZoom: 17, animate: false });
}

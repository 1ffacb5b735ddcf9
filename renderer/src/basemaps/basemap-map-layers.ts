// Puts basemaps on the live map and takes them off. Basemaps go under every project layer (parcels, houses,
// boundaries): each new one right above the background and the basemaps already there, below the first other layer.
import type { ImageSource, Map as MapLibreMap } from 'maplibre-gl';
import type { BasemapEntry } from './basemap-entry';
import { opacityPaint } from './layer-opacity';

export const BASEMAP_ID_PREFIX = 'basemap-';

const isBasemapLayer = (id: string): boolean => id.startsWith(BASEMAP_ID_PREFIX);

/** The first layer that is neither the background nor a basemap: new basemap layers go just below it. */
export function firstProjectLayerId(layerIds: readonly string[]): string | undefined {
  return layerIds.find((id) => id !== 'background' && !isBasemapLayer(id));
}

export function addBasemapToMap(map: MapLibreMap, entry: BasemapEntry): void {
  if (map.getSource(entry.id)) return;
  map.addSource(entry.id, entry.content.source);
  if (entry.content.image) (map.getSource(entry.id) as ImageSource).updateImage({ image: entry.content.image });
  const beforeId = firstProjectLayerId(map.getStyle().layers.map((layer) => layer.id));
  for (const layer of entry.content.layers) map.addLayer(layer, beforeId);
  applyBasemapDisplay(map, entry);
}

export function applyBasemapDisplay(map: MapLibreMap, entry: BasemapEntry): void {
  for (const layer of entry.content.layers) {
    if (!map.getLayer(layer.id)) continue;
    map.setLayoutProperty(layer.id, 'visibility', entry.visible ? 'visible' : 'none');
    for (const [property, value] of opacityPaint(layer, entry.opacity)) map.setPaintProperty(layer.id, property as never, value as never);
  }
}

export function removeBasemapFromMap(map: MapLibreMap, entry: BasemapEntry): void {
  for (const layer of entry.content.layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
  if (map.getSource(entry.id)) map.removeSource(entry.id);
}

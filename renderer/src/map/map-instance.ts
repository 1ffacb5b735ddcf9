// The one live MapLibre map, for features that add their own layers or listen to map events (identify, drawing,
// basemaps, the attribute table's zoom-to-row). They register here instead of reaching into the map component.
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;
const waiting: ((map: MapLibreMap) => void)[] = [];

export function setMapInstance(map: MapLibreMap | null): void {
  current = map;
  if (map) for (const callback of waiting.splice(0)) callback(map);
}

export function getMapInstance(): MapLibreMap | null {
  return current;
}

/**
 * Calls back once the map exists with the project's sources and layers (MapView registers the map only then), at
 * once if it already does.
 */
export function whenMapReady(callback: (map: MapLibreMap) => void): void {
  if (current) callback(current);
  else waiting.push(callback);
}

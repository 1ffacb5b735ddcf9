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

/** Calls back once the map exists and its style (with the project's sources) is loaded. */
export function whenMapReady(callback: (map: MapLibreMap) => void): void {
  const run = (map: MapLibreMap): void => {
    if (map.isStyleLoaded() && map.getSource('reclaim_parcels')) callback(map);
    else map.once('load', () => callback(map));
  };
  if (current) run(current);
  else waiting.push(run);
}

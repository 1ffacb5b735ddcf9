// The bounding box of every feature in the map's layers, for "zoom to county".
import type { Position } from 'geojson';
import type { LayerData } from './project-protocol';

export function boundsOfLayers(layers: readonly LayerData[]): [number, number, number, number] | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const visit = (position: Position): void => {
    const [lon, lat] = position;
    if (lon === undefined || lat === undefined) return;
    if (lon < west) west = lon;
    if (lon > east) east = lon;
    if (lat < south) south = lat;
    if (lat > north) north = lat;
  };
  const walk = (coordinates: unknown): void => {
    if (!Array.isArray(coordinates)) return;
    if (typeof coordinates[0] === 'number') visit(coordinates as Position);
    else for (const child of coordinates) walk(child);
  };
  for (const layer of layers) {
    // readLayer gives each non-empty layer its bbox; walk the positions only of a collection that has none.
    const bbox = layer.features.bbox;
    if (bbox && bbox.length === 4) {
      visit([bbox[0], bbox[1]]);
      visit([bbox[2], bbox[3]]);
    } else for (const feature of layer.features.features) if (feature.geometry && 'coordinates' in feature.geometry) walk(feature.geometry.coordinates);
  }
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

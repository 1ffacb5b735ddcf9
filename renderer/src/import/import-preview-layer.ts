// The import wizard's temporary map layers: the features about to be imported, drawn above the project in orange
// (features with problems in red), removed when the wizard closes. Nothing here touches the project's sources.
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSource, LngLatBoundsLike, Map as MapLibreMap } from 'maplibre-gl';
import { getMapInstance } from '../map/map-instance';

export const PREVIEW_SOURCE = 'landlink-import-preview';
export const PREVIEW_LAYERS = ['landlink-import-preview-fill', 'landlink-import-preview-line', 'landlink-import-preview-point'] as const;

const PREVIEW_COLOUR = '#e67e22';
const PROBLEM_COLOUR = '#c0392b';
const colour = ['case', ['get', '_problem'], PROBLEM_COLOUR, PREVIEW_COLOUR] as const;

/** Polygon boundaries as lines: MapLibre drops a ring of zero signed area (a bow tie), the very feature to show. */
function boundaryOf(geometry: Geometry): Geometry | null {
  if (geometry.type === 'Polygon') return { type: 'MultiLineString', coordinates: geometry.coordinates };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: geometry.coordinates.flat() };
  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') return geometry;
  return null;
}

function previewData(collection: FeatureCollection<Geometry | null>, problems: ReadonlySet<number>): FeatureCollection {
  const features: FeatureCollection['features'] = [];
  collection.features.forEach((f, i) => {
    if (!f.geometry) return;
    const properties = { _index: i, _problem: problems.has(i) };
    features.push({ type: 'Feature', id: i, properties, geometry: f.geometry });
    const boundary = boundaryOf(f.geometry);
    if (boundary) features.push({ type: 'Feature', properties: { ...properties, _boundary: true }, geometry: boundary });
  });
  return { type: 'FeatureCollection', features };
}

function boundsOf(collection: FeatureCollection<Geometry | null>): LngLatBoundsLike | null {
  let west = Infinity, south = Infinity, east = -Infinity, north = -Infinity;
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as number[];
      if (x! < west) west = x!;
      if (x! > east) east = x!;
      if (y! < south) south = y!;
      if (y! > north) north = y!;
      return;
    }
    for (const inner of c) visit(inner);
  };
  for (const f of collection.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(west) ? [west, south, east, north] : null;
}

function addLayers(map: MapLibreMap): void {
  map.addLayer({ id: PREVIEW_LAYERS[0], type: 'fill', source: PREVIEW_SOURCE, filter: ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false], paint: { 'fill-color': colour as never, 'fill-opacity': 0.35 } });
  map.addLayer({ id: PREVIEW_LAYERS[1], type: 'line', source: PREVIEW_SOURCE, filter: ['==', ['get', '_boundary'], true], paint: { 'line-color': colour as never, 'line-width': 2, 'line-dasharray': [2, 1] } });
  map.addLayer({ id: PREVIEW_LAYERS[2], type: 'circle', source: PREVIEW_SOURCE, filter: ['match', ['geometry-type'], ['Point', 'MultiPoint'], true, false], paint: { 'circle-color': colour as never, 'circle-radius': 5, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1 } });
}

/** Bumped on every show and removal, so a preview deferred until the style loads never outlives its wizard. */
let previewGeneration = 0;

/** Shows (or replaces) the preview and fits the view to it. */
export function showImportPreview(collection: FeatureCollection<Geometry | null>, problems: ReadonlySet<number>, fit: boolean): void {
  previewGeneration++;
  const map = getMapInstance();
  if (!map) return;
  if (!map.isStyleLoaded()) {
    // A style still loading (a basemap just switched): draw once it settles.
    const generation = previewGeneration;
    map.once('idle', () => generation === previewGeneration && showImportPreview(collection, problems, fit));
    return;
  }
  const data = previewData(collection, problems);
  const source = map.getSource(PREVIEW_SOURCE) as GeoJSONSource | undefined;
  if (source) source.setData(data);
  else {
    map.addSource(PREVIEW_SOURCE, { type: 'geojson', data });
    addLayers(map);
  }
  const bounds = fit ? boundsOf(collection) : null;
  // The wizard covers the right of the map: keep the preview in the part that stays visible.
  const mapBox = map.getContainer().getBoundingClientRect();
  const wizardLeft = document.querySelector('.import-wizard')?.getBoundingClientRect().left ?? mapBox.right;
  const right = Math.min(Math.max(0, mapBox.right - wizardLeft + 30), Math.max(0, mapBox.width - 120));
  if (bounds) map.fitBounds(bounds, { padding: { top: 40, bottom: 40, left: 30, right }, maxZoom: 17, duration: 0 });
}

export function removeImportPreview(): void {
  previewGeneration++;
  const map = getMapInstance();
  if (!map) return;
  for (const id of PREVIEW_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
  if (map.getSource(PREVIEW_SOURCE)) map.removeSource(PREVIEW_SOURCE);
}

// What field mode draws on the map: the inspector's position with its accuracy circle, the line towards the next
// target, today's targets (verified ones ticked off by colour), the drawn target area and the boundary being walked.
// Its own GeoJSON sources and layers, added on top while field mode is open and removed when it closes.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Position } from 'geojson';
import { circleRing } from '../../../shared/geo/measure/distance-bearing';
import type { FieldTarget } from './field-targets';
import type { FieldPosition } from './field-store';

export const FIELD_SOURCES = ['field-area', 'field-targets', 'field-walk', 'field-position'] as const;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Colours of a target's finding: not yet checked, pass, fail, doubtful. */
export const FINDING_COLOURS = { none: '#1f6feb', pass: '#2e7d32', fail: '#c62828', doubtful: '#ef6c00' } as const;

export function installFieldLayers(map: MapLibreMap): void {
  for (const id of FIELD_SOURCES) if (!map.getSource(id)) map.addSource(id, { type: 'geojson', data: EMPTY });
  const add = (layer: Parameters<MapLibreMap['addLayer']>[0]): void => {
    if (!map.getLayer(layer.id)) map.addLayer(layer);
  };
  add({ id: 'field-area-line', type: 'line', source: 'field-area', paint: { 'line-color': '#6a1b9a', 'line-width': 2.5, 'line-dasharray': [3, 2] } });
  add({
    id: 'field-targets-circle',
    type: 'circle',
    source: 'field-targets',
    paint: {
      'circle-radius': ['case', ['get', 'active'], 11, 7],
      'circle-color': ['match', ['get', 'finding'], 'pass', FINDING_COLOURS.pass, 'fail', FINDING_COLOURS.fail, 'doubtful', FINDING_COLOURS.doubtful, FINDING_COLOURS.none],
      'circle-stroke-color': ['case', ['get', 'active'], '#ffeb3b', '#ffffff'],
      'circle-stroke-width': ['case', ['get', 'active'], 4, 2],
    },
  });
  add({ id: 'field-walk-line', type: 'line', source: 'field-walk', paint: { 'line-color': '#d81b60', 'line-width': 3 } });
  add({ id: 'field-position-accuracy', type: 'fill', source: 'field-position', filter: ['==', ['get', 'part'], 'accuracy'], paint: { 'fill-color': '#1e88e5', 'fill-opacity': 0.15, 'fill-outline-color': '#1e88e5' } });
  add({ id: 'field-position-heading', type: 'line', source: 'field-position', filter: ['==', ['get', 'part'], 'toTarget'], paint: { 'line-color': '#1e88e5', 'line-width': 2, 'line-dasharray': [2, 2] } });
  add({ id: 'field-position-dot', type: 'circle', source: 'field-position', filter: ['==', ['get', 'part'], 'position'], paint: { 'circle-radius': 8, 'circle-color': '#1e88e5', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 3 } });
}

export function removeFieldLayers(map: MapLibreMap): void {
  for (const id of ['field-position-dot', 'field-position-heading', 'field-position-accuracy', 'field-walk-line', 'field-targets-circle', 'field-area-line']) if (map.getLayer(id)) map.removeLayer(id);
  for (const id of FIELD_SOURCES) if (map.getSource(id)) map.removeSource(id);
}

function setData(map: MapLibreMap, id: (typeof FIELD_SOURCES)[number], data: FeatureCollection): void {
  (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
}

export function positionFeatures(position: FieldPosition | null, next: Position | null): FeatureCollection {
  if (!position) return EMPTY;
  const here: Position = [position.lon, position.lat];
  const features: Feature[] = [{ type: 'Feature', geometry: { type: 'Point', coordinates: here }, properties: { part: 'position' } }];
  if (position.accuracyM !== null && position.accuracyM > 0) {
    features.unshift({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [circleRing(here, position.accuracyM)] }, properties: { part: 'accuracy' } });
  }
  if (next) features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: [here, next] }, properties: { part: 'toTarget' } });
  return { type: 'FeatureCollection', features };
}

export function targetFeatures(targets: readonly FieldTarget[], active: { table: string; code: string } | null): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: targets.map((t) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: t.point },
      properties: { table: t.table, code: t.code, finding: t.finding ?? 'none', active: active?.table === t.table && active.code === t.code },
    })),
  };
}

export function updateFieldLayers(
  map: MapLibreMap,
  state: { position: FieldPosition | null; next: Position | null; targets: readonly FieldTarget[]; active: { table: string; code: string } | null; area: GeoJSON.Geometry | null; walk: readonly Position[] },
): void {
  installFieldLayers(map);
  setData(map, 'field-position', positionFeatures(state.position, state.next));
  setData(map, 'field-targets', targetFeatures(state.targets, state.active));
  setData(map, 'field-area', state.area ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: state.area, properties: {} }] } : EMPTY);
  setData(map, 'field-walk', state.walk.length >= 2 ? { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'LineString', coordinates: [...state.walk] }, properties: {} }] } : EMPTY);
}

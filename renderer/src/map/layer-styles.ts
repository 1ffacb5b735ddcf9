// Map layers for the project's tables. Colours are chosen to stay apart on a projector and in grey print (each
// status differs in lightness, not only in hue). Labels use the bundled Noto Sans SC: no glyph server is needed.
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

export const LABEL_FONT = ['Noto Sans SC'];

/** Tables shown on the map, bottom to top. */
export const MAP_TABLES = ['admin_areas', 'context_lines', 'linkage_outlines', 'linkage_lines', 'resettlement_sites', 'construction_plots', 'reclaim_parcels', 'old_houses'] as const;
export type MapTable = (typeof MAP_TABLES)[number];

export const PARCEL_STATUS_COLOURS: Readonly<Record<string, string>> = {
  planned: '#d9d9d9',
  in_progress: '#fdae61',
  completed: '#fee08b',
  accepted: '#1a9850',
  filed: '#00441b',
};

export const HOUSE_STATUS_COLOURS: Readonly<Record<string, string>> = {
  pending: '#d73027',
  demolished: '#4d4d4d',
  retained: '#4575b4',
};

function matchStatus(colours: Readonly<Record<string, string>>, fallback: string): unknown[] {
  return ['match', ['get', 'status'], ...Object.entries(colours).flat(), fallback];
}

/** A table's map layers, shown and hidden together by the layer panel. `labels` are the symbol layers. */
export interface LayerGroup {
  readonly table: MapTable;
  readonly layerIds: readonly string[];
  readonly labelIds: readonly string[];
  /** Properties the layer panel can filter on, where the table has them. */
  readonly filterable: readonly ('status' | 'township' | 'village' | 'project_code')[];
}

export const LAYER_GROUPS: readonly LayerGroup[] = [
  { table: 'admin_areas', layerIds: ['villages-fill', 'villages-line', 'townships-line', 'county-line', 'townships-label'], labelIds: ['townships-label'], filterable: [] },
  { table: 'context_lines', layerIds: ['context-rivers', 'context-roads'], labelIds: [], filterable: [] },
  { table: 'linkage_outlines', layerIds: ['linkage-line', 'linkage-label'], labelIds: ['linkage-label'], filterable: [] },
  { table: 'linkage_lines', layerIds: ['linkage-lines', 'linkage-lines-accepted'], labelIds: [], filterable: ['project_code'] },
  { table: 'resettlement_sites', layerIds: ['sites-fill', 'sites-line', 'sites-label'], labelIds: ['sites-label'], filterable: ['township', 'village'] },
  { table: 'construction_plots', layerIds: ['construction-fill', 'construction-line'], labelIds: [], filterable: ['status', 'township', 'village', 'project_code'] },
  { table: 'reclaim_parcels', layerIds: ['parcels-fill', 'parcels-line', 'parcels-label'], labelIds: ['parcels-label'], filterable: ['status', 'township', 'village', 'project_code'] },
  { table: 'old_houses', layerIds: ['houses-circle'], labelIds: [], filterable: ['status', 'township', 'village'] },
];

export function baseStyle(): StyleSpecification {
  return {
    version: 8,
    // No `glyphs` and no `sprite`: MapLibre draws text locally from the bundled web font, so labels work offline.
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }],
  };
}

export function projectLayers(): LayerSpecification[] {
  return [
    { id: 'villages-fill', type: 'fill', source: 'admin_areas', filter: ['==', ['get', 'level'], 'village'], paint: { 'fill-color': '#ede8dc', 'fill-opacity': 0.6 } },
    { id: 'villages-line', type: 'line', source: 'admin_areas', filter: ['==', ['get', 'level'], 'village'], minzoom: 10, paint: { 'line-color': '#b8ae98', 'line-width': 0.5 } },
    { id: 'townships-line', type: 'line', source: 'admin_areas', filter: ['==', ['get', 'level'], 'township'], paint: { 'line-color': '#7a6f5a', 'line-width': 1.2, 'line-dasharray': [3, 2] } },
    { id: 'county-line', type: 'line', source: 'admin_areas', filter: ['==', ['get', 'level'], 'county'], paint: { 'line-color': '#3d3529', 'line-width': 2.5 } },
    { id: 'context-rivers', type: 'line', source: 'context_lines', filter: ['==', ['get', 'kind'], 'river'], paint: { 'line-color': '#6baed6', 'line-width': 1.5 } },
    { id: 'context-roads', type: 'line', source: 'context_lines', filter: ['!=', ['get', 'kind'], 'river'], paint: { 'line-color': '#969696', 'line-width': 1 } },
    { id: 'linkage-line', type: 'line', source: 'linkage_outlines', paint: { 'line-color': '#8856a7', 'line-width': 1.6, 'line-dasharray': [4, 2, 1, 2] } },
    // Parcel → plot: dashed where the parcel does not produce quota yet, solid once accepted or filed.
    { id: 'linkage-lines', type: 'line', source: 'linkage_lines', filter: ['!', ['in', ['get', 'status'], ['literal', ['accepted', 'filed']]]], paint: { 'line-color': '#6a3d8c', 'line-width': 1, 'line-opacity': 0.75, 'line-dasharray': [3, 2] } },
    { id: 'linkage-lines-accepted', type: 'line', source: 'linkage_lines', filter: ['in', ['get', 'status'], ['literal', ['accepted', 'filed']]], paint: { 'line-color': '#6a3d8c', 'line-width': 1.3, 'line-opacity': 0.9 } },
    { id: 'sites-fill', type: 'fill', source: 'resettlement_sites', paint: { 'fill-color': '#6a51a3', 'fill-opacity': 0.55 } },
    { id: 'sites-line', type: 'line', source: 'resettlement_sites', paint: { 'line-color': '#3f007d', 'line-width': 1.5 } },
    { id: 'construction-fill', type: 'fill', source: 'construction_plots', paint: { 'fill-color': '#f16913', 'fill-opacity': 0.5 } },
    { id: 'construction-line', type: 'line', source: 'construction_plots', paint: { 'line-color': '#8c2d04', 'line-width': 1 } },
    { id: 'parcels-fill', type: 'fill', source: 'reclaim_parcels', paint: { 'fill-color': matchStatus(PARCEL_STATUS_COLOURS, '#bdbdbd') as never, 'fill-opacity': 0.85 } },
    { id: 'parcels-line', type: 'line', source: 'reclaim_parcels', paint: { 'line-color': '#252525', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 0.3, 15, 1.2] } },
    {
      id: 'houses-circle',
      type: 'circle',
      source: 'old_houses',
      paint: {
        'circle-color': matchStatus(HOUSE_STATUS_COLOURS, '#969696') as never,
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 1.2, 14, 4],
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0, 14, 1],
      },
    },
    {
      id: 'townships-label',
      type: 'symbol',
      source: 'admin_areas',
      filter: ['==', ['get', 'level'], 'township'],
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 14 },
      paint: { 'text-color': '#3d3529', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'sites-label',
      type: 'symbol',
      source: 'resettlement_sites',
      minzoom: 11,
      layout: { 'text-field': ['get', 'name'], 'text-font': LABEL_FONT, 'text-size': 12, 'text-offset': [0, 1.2] },
      paint: { 'text-color': '#3f007d', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'linkage-label',
      type: 'symbol',
      source: 'linkage_outlines',
      minzoom: 10,
      layout: { 'text-field': ['get', 'code'], 'text-font': LABEL_FONT, 'text-size': 12, 'symbol-placement': 'line', 'text-offset': [0, -0.8] },
      paint: { 'text-color': '#6a3d8c', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
    },
    {
      id: 'parcels-label',
      type: 'symbol',
      source: 'reclaim_parcels',
      minzoom: 14,
      layout: { 'text-field': ['get', 'code'], 'text-font': LABEL_FONT, 'text-size': 11 },
      paint: { 'text-color': '#000000', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
    },
  ];
}

// The map style of a printed map: the app's own layers (same colours as on screen), only the tables the template
// shows, and only the statuses it shows. Labels stay; they are drawn from the bundled font.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { baseStyle, HOUSE_STATUS_COLOURS, LAYER_GROUPS, PARCEL_STATUS_COLOURS, projectLayers } from '../map/layer-styles';
import type { PrintTemplate } from '../../../shared/print/templates';
import type { PrintScope } from '../../../shared/print/print-scope';

function withStatusFilter(layer: LayerSpecification, statuses: readonly string[]): LayerSpecification {
  if (layer.type === 'background' || !('source' in layer)) return layer;
  const statusFilter: ExpressionSpecification = ['in', ['get', 'status'], ['literal', [...statuses]]];
  const filter = layer.filter ? (['all', layer.filter as ExpressionSpecification, statusFilter] as ExpressionSpecification) : statusFilter;
  return { ...layer, filter } as LayerSpecification;
}

/**
 * On a county or township map most parcels are smaller than a millimetre: a marker in the status colour shows where
 * they are until the polygons themselves are large enough (zoom 12 is about 1:60,000 here).
 */
const PARCEL_MARKERS: LayerSpecification = {
  id: 'parcels-point',
  type: 'circle',
  source: 'reclaim_parcel_points',
  maxzoom: 12,
  paint: {
    'circle-color': ['match', ['get', 'status'], ...Object.entries(PARCEL_STATUS_COLOURS).flat(), '#bdbdbd'] as never,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 1.3, 12, 2.4],
    'circle-stroke-color': '#252525',
    'circle-stroke-width': 0.3,
  },
};

/**
 * A township or village page dims everything outside its place and draws its boundary strongly, so the page reads
 * as that place's map while the neighbours stay visible for orientation. The two layers are always in the style;
 * each page sets their filters (focusFilters) or hides them.
 */
export const FOCUS_MASK = 'focus-mask';
export const FOCUS_LINE = 'focus-line';
const NOTHING: ExpressionSpecification = ['==', ['get', 'level'], '__none__'];

export function focusFilters(scope: PrintScope | undefined): { mask: ExpressionSpecification; line: ExpressionSpecification } | null {
  if (!scope || (scope.kind !== 'township' && scope.kind !== 'village')) return null;
  const level = scope.kind;
  return {
    mask: ['all', ['==', ['get', 'level'], level], ['!=', ['get', 'name'], scope.name]],
    line: ['all', ['==', ['get', 'level'], level], ['==', ['get', 'name'], scope.name]],
  };
}

function focusLayers(scope: PrintScope | undefined): LayerSpecification[] {
  const filters = focusFilters(scope);
  return [
    { id: FOCUS_MASK, type: 'fill', source: 'admin_areas', filter: filters?.mask ?? NOTHING, paint: { 'fill-color': '#ffffff', 'fill-opacity': 0.55 } },
    { id: FOCUS_LINE, type: 'line', source: 'admin_areas', filter: filters?.line ?? NOTHING, paint: { 'line-color': '#3d3529', 'line-width': 2.4 } },
  ];
}

export function printMapLayers(template: PrintTemplate, scope?: PrintScope): LayerSpecification[] {
  // `scope` sets the focus filters for a one-off style; the print renderer sets them per page instead.
  const shown = new Set<string>();
  for (const group of LAYER_GROUPS) if ((template.layers as readonly string[]).includes(group.table)) for (const id of group.layerIds) shown.add(id);
  if (template.layers.includes('reclaim_parcels')) shown.add(PARCEL_MARKERS.id);
  const layers = projectLayers();
  layers.splice(layers.findIndex((l) => l.id === 'parcels-line') + 1, 0, PARCEL_MARKERS);
  const printed = layers
    .filter((layer) => shown.has(layer.id))
    .map((layer) => {
      if (layer.id.startsWith('parcels-')) return withStatusFilter(layer, template.parcelStatuses);
      if (layer.id.startsWith('houses-')) return withStatusFilter(layer, template.houseStatuses);
      return layer;
    });
  // Township names from one point each (a polygon's label repeats once per rendered tile).
  const withLabels = printed.map((layer) => (layer.id === 'townships-label' ? ({ ...layer, source: 'township_label_points', filter: ['==', ['get', 'level'], 'township'] } as LayerSpecification) : layer));
  const firstLabel = withLabels.findIndex((layer) => layer.type === 'symbol');
  withLabels.splice(firstLabel < 0 ? withLabels.length : firstLabel, 0, ...focusLayers(scope));
  return withLabels;
}

export function printMapStyle(): StyleSpecification {
  // A white paper background reads better in print than the screen's warm grey.
  const style = baseStyle();
  return { ...style, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#ffffff' } }] };
}

/** Colours of the legend symbols, from the same style the map is drawn with. */
export function legendColour(id: string): { fill: string; stroke: string } {
  const [kind, status] = id.split(':');
  if (kind === 'parcel') return { fill: PARCEL_STATUS_COLOURS[status ?? ''] ?? '#bdbdbd', stroke: '#252525' };
  if (kind === 'house') return { fill: HOUSE_STATUS_COLOURS[status ?? ''] ?? '#969696', stroke: '#ffffff' };
  switch (kind) {
    case 'construction': return { fill: '#f16913', stroke: '#8c2d04' };
    case 'site': return { fill: '#6a51a3', stroke: '#3f007d' };
    case 'linkage': return { fill: 'none', stroke: '#8856a7' };
    case 'county': return { fill: 'none', stroke: '#3d3529' };
    case 'township': return { fill: 'none', stroke: '#7a6f5a' };
    case 'river': return { fill: 'none', stroke: '#6baed6' };
    default: return { fill: 'none', stroke: '#969696' };
  }
}

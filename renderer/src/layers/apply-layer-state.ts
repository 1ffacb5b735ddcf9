// Makes the map follow the layer panel: visibility, label visibility, opacity, filters and drawing order.
import type { Map as MapLibreMap, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LAYER_GROUPS, projectLayers } from '../map/layer-styles';
import { combinedFilter } from './layer-filter';
import type { LayerState } from './layer-state';

const OPACITY_PROPERTY: Partial<Record<LayerSpecification['type'], string[]>> = {
  fill: ['fill-opacity'],
  line: ['line-opacity'],
  circle: ['circle-opacity', 'circle-stroke-opacity'],
  symbol: ['text-opacity'],
};

const baseLayers = new Map(projectLayers().map((layer) => [layer.id, layer]));

function baseOpacity(layer: LayerSpecification, property: string): number {
  const value = (layer as { paint?: Record<string, unknown> }).paint?.[property];
  return typeof value === 'number' ? value : 1;
}

export function applyLayerState(map: MapLibreMap, state: Pick<LayerState, 'order' | 'settings'>): void {
  for (const group of LAYER_GROUPS) {
    const settings = state.settings[group.table];
    for (const id of group.layerIds) {
      const layer = baseLayers.get(id);
      if (!layer || !map.getLayer(id)) continue;
      const isLabel = group.labelIds.includes(id);
      map.setLayoutProperty(id, 'visibility', settings.visible && (!isLabel || settings.labels) ? 'visible' : 'none');
      for (const property of OPACITY_PROPERTY[layer.type] ?? []) map.setPaintProperty(id, property as 'fill-opacity', baseOpacity(layer, property) * settings.opacity);
      if (layer.type !== 'background') map.setFilter(id, combinedFilter((layer as { filter?: FilterSpecification }).filter, settings.filter));
    }
  }
  // Drawing order: move each table's layers to the top, bottom table first; layers of other features (basemaps
  // below, highlights above) are not in the groups and keep their place relative to each other.
  const labelsLast: string[] = [];
  for (const table of state.order) {
    const group = LAYER_GROUPS.find((g) => g.table === table);
    if (!group) continue;
    for (const id of group.layerIds) {
      if (!map.getLayer(id)) continue;
      if (group.labelIds.includes(id)) labelsLast.push(id);
      else map.moveLayer(id);
    }
  }
  // Labels stay above every fill and line so they are never hidden by a layer moved over them.
  for (const id of labelsLast) map.moveLayer(id);
}

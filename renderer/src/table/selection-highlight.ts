// Shows the selection on the map: a bright outline (a ring for house points) above every other layer, filtered
// to the selected fids of the selected table. It follows `selection` in the store, whoever changed it.
import type { CircleLayerSpecification, FilterSpecification, LineLayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { whenMapReady } from '../map/map-instance';
import { useAppStore, type Selection } from '../state/app-store';

export const HIGHLIGHT_COLOUR = '#00e5ff';
const POLYGON_TABLES = ['admin_areas', 'resettlement_sites', 'construction_plots', 'reclaim_parcels'];
const POINT_TABLES = ['old_houses'];
const HIGHLIGHT_TABLES = [...POLYGON_TABLES, ...POINT_TABLES];
const NOTHING: FilterSpecification = ['==', ['get', 'fid'], -1];

export const highlightLayerId = (table: string): string => `selection-highlight-${table}`;

function highlightLayers(): (LineLayerSpecification | CircleLayerSpecification)[] {
  return [
    ...POLYGON_TABLES.map((table): LineLayerSpecification => ({
      id: highlightLayerId(table),
      type: 'line',
      source: table,
      filter: NOTHING,
      paint: { 'line-color': HIGHLIGHT_COLOUR, 'line-width': 3 },
    })),
    ...POINT_TABLES.map((table): CircleLayerSpecification => ({
      id: highlightLayerId(table),
      type: 'circle',
      source: table,
      filter: NOTHING,
      paint: { 'circle-radius': 7, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': HIGHLIGHT_COLOUR, 'circle-stroke-width': 3 },
    })),
  ];
}

function applySelection(map: MapLibreMap, selection: Selection | null): void {
  for (const table of HIGHLIGHT_TABLES) {
    const id = highlightLayerId(table);
    if (!map.getLayer(id)) continue;
    const filter: FilterSpecification = selection?.table === table ? ['in', ['get', 'fid'], ['literal', [...selection.fids]]] : NOTHING;
    map.setFilter(id, filter);
  }
}

function keepOnTop(map: MapLibreMap): void {
  const ids = HIGHLIGHT_TABLES.map(highlightLayerId).filter((id) => map.getLayer(id));
  const order = map.getLayersOrder();
  if (order.slice(-ids.length).every((id, i) => id === ids[i])) return;
  for (const id of ids) map.moveLayer(id);
}

/** Adds the highlight layers once the map is ready and keeps their filters on the current selection. */
export function useSelectionHighlight(): void {
  useEffect(() => {
    let unsubscribe = (): void => undefined;
    let cancelled = false;
    whenMapReady((map) => {
      if (cancelled) return;
      for (const layer of highlightLayers()) if (map.getSource(layer.source) && !map.getLayer(layer.id)) map.addLayer(layer);
      applySelection(map, useAppStore.getState().selection);
      keepOnTop(map);
      // The layer panel reorders the project layers by moving them to the top: put the outlines back above them.
      const onStyleData = (): void => keepOnTop(map);
      map.on('styledata', onStyleData);
      const stopFollowing = useAppStore.subscribe((state, previous) => {
        if (state.selection !== previous.selection) applySelection(map, state.selection);
      });
      unsubscribe = () => {
        stopFollowing();
        map.off('styledata', onStyleData);
      };
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);
}

// The map: MapLibre GL with the project's tables as GeoJSON sources. MapLibre's own worker is bundled (setWorkerUrl)
// so nothing loads from the network; labels draw from the bundled Noto Sans SC.
import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { useAppStore } from '../state/app-store';
import { baseStyle, MAP_TABLES, projectLayers, type MapTable } from './layer-styles';
import { scaleDenominator } from './map-scale';
import { setMapInstance, whenMapReady } from './map-instance';
import { loadLabelFont } from './load-label-font';
import { DERIVED_LAYERS } from './derived-layers';
import { useLayerState } from '../layers/layer-state';
import { viewBase } from '../worker/merge-view-delta';
import type { ProjectView } from '../worker/project-protocol';

maplibregl.setWorkerUrl(workerUrl);

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Initial view before a project is open: the sample county's area in the Taihang foothills. */
const INITIAL_CENTER: [number, number] = [114.0, 38.8];

declare global {
  interface Window {
    /** The live map, for end-to-end tests (queryRenderedFeatures) and for debugging. */
    __landlinkMap?: MapLibreMap;
  }
}

export function MapView(): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const project = useAppStore((s) => s.project);
  const zoomRequest = useAppStore((s) => s.zoomRequest);
  const outlinesVisible = useLayerState((s) => s.settings.linkage_outlines.visible);
  const linesVisible = useLayerState((s) => s.settings.linkage_lines.visible);

  useEffect(() => {
    if (!container.current) return;
    const map = new maplibregl.Map({
      container: container.current,
      style: baseStyle(),
      center: INITIAL_CENTER,
      zoom: 9,
      attributionControl: false,
      // Keeps the drawing buffer so a screenshot or print of the canvas shows the map.
      canvasContextAttributes: { preserveDrawingBuffer: true },
      // Labels appear at once, as in QGIS: no fade-in, whose animation frames cost seconds on a laptop drawing
      // without a GPU while a county's tiles arrive.
      fadeDuration: 0,
    });
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    map.on('load', () => {
      // Labels are drawn once per character with the font loaded at that moment: load every subset of the bundled
      // CJK font before any label layer exists, or names could be drawn blank on machines without a CJK font.
      void loadLabelFont().then(() => {
        for (const table of MAP_TABLES) map.addSource(table, { type: 'geojson', data: EMPTY });
        for (const layer of projectLayers()) map.addLayer(layer);
        window.__landlinkMap = map;
        setMapInstance(map);
      });
    });
    const publishScale = (): void => {
      useAppStore.setState({ scaleDenominator: scaleDenominator(map.getZoom(), map.getCenter().lat) });
    };
    map.on('move', publishScale);
    map.on('mousemove', (event: MapMouseEvent) => useAppStore.setState({ cursor: { lon: event.lngLat.lng, lat: event.lngLat.lat } }));
    map.on('mouseout', () => useAppStore.setState({ cursor: null }));
    publishScale();
    mapRef.current = map;
    return () => {
      map.remove();
      mapRef.current = null;
      setMapInstance(null);
      delete window.__landlinkMap;
    };
  }, []);

  // The view the map's sources hold, so that a change's delta is applied only on top of the state it was made from.
  const shown = useRef<{ view: ProjectView | null; outlines: boolean; lines: boolean }>({ view: null, outlines: false, lines: false });
  useEffect(() => {
    let current = true;
    whenMapReady((map) => {
      if (!current) return;
      const view = project?.view ?? null;
      const settings = useLayerState.getState().settings;
      const previous = shown.current;
      shown.current = { view, outlines: outlinesVisible, lines: linesVisible };
      if (view?.delta && previous.view && viewBase(view) === previous.view) {
        // One edit: MapLibre's updateData re-tiles only what the changed features touch (no re-serialised county).
        const touched = new Set(view.delta.map((d) => d.table));
        for (const change of view.delta) (map.getSource(change.table) as GeoJSONSource | undefined)?.updateData({ add: [...change.upserts] as GeoJSON.Feature[], remove: [...change.removed] });
        for (const [table, derive] of Object.entries(DERIVED_LAYERS)) {
          const visible = settings[table as MapTable].visible;
          const wasVisible = table === 'linkage_outlines' ? previous.outlines : previous.lines;
          if (derive && (visible !== wasVisible || (visible && (touched.has('reclaim_parcels') || touched.has('construction_plots'))))) (map.getSource(table) as GeoJSONSource | undefined)?.setData(visible ? derive(view) : EMPTY);
        }
        return;
      }
      const layers = new Map<string, FeatureCollection>(view?.layers.map((l) => [l.table, l.features]) ?? []);
      for (const [table, derive] of Object.entries(DERIVED_LAYERS)) if (view && derive && settings[table as MapTable].visible) layers.set(table, derive(view));
      for (const table of MAP_TABLES) (map.getSource(table) as GeoJSONSource | undefined)?.setData(layers.get(table) ?? EMPTY);
    });
    return () => {
      current = false;
    };
  }, [project?.view, outlinesVisible, linesVisible]);

  useEffect(() => {
    const bounds = useAppStore.getState().project?.view.bounds;
    if (!bounds || zoomRequest === 0) return;
    whenMapReady((map) => map.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding: 24, animate: false }));
  }, [zoomRequest]);

  return <div ref={container} className="map" data-testid="map" />;
}

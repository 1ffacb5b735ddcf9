// The map: MapLibre GL with the project's tables as GeoJSON sources. MapLibre's own worker is bundled (setWorkerUrl)
// so nothing loads from the network; labels draw from the bundled Noto Sans SC.
import { useEffect, useRef } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { GeoJSONSource, Map as MapLibreMap, MapMouseEvent } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { useAppStore } from '../state/app-store';
import { baseStyle, MAP_TABLES, projectLayers } from './layer-styles';
import { scaleDenominator } from './map-scale';
import { setMapInstance } from './map-instance';

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
    });
    map.addControl(new maplibregl.NavigationControl({ visualizePitch: false }), 'top-right');
    map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    map.on('load', () => {
      for (const table of MAP_TABLES) map.addSource(table, { type: 'geojson', data: EMPTY });
      for (const layer of projectLayers()) map.addLayer(layer);
    });
    const publishScale = (): void => {
      useAppStore.setState({ scaleDenominator: scaleDenominator(map.getZoom(), map.getCenter().lat) });
    };
    map.on('move', publishScale);
    map.on('mousemove', (event: MapMouseEvent) => useAppStore.setState({ cursor: { lon: event.lngLat.lng, lat: event.lngLat.lat } }));
    map.on('mouseout', () => useAppStore.setState({ cursor: null }));
    publishScale();
    mapRef.current = map;
    window.__landlinkMap = map;
    setMapInstance(map);
    return () => {
      map.remove();
      mapRef.current = null;
      setMapInstance(null);
      delete window.__landlinkMap;
    };
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = (): void => {
      const layers = new Map(project?.view.layers.map((l) => [l.table, l.features]) ?? []);
      for (const table of MAP_TABLES) (map.getSource(table) as GeoJSONSource | undefined)?.setData(layers.get(table) ?? EMPTY);
    };
    if (map.loaded() && map.getSource(MAP_TABLES[0])) apply();
    else map.once('load', apply);
  }, [project?.view]);

  useEffect(() => {
    const map = mapRef.current;
    const bounds = useAppStore.getState().project?.view.bounds;
    if (!map || !bounds || zoomRequest === 0) return;
    map.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding: 24, animate: false });
  }, [zoomRequest]);

  return <div ref={container} className="map" data-testid="map" />;
}

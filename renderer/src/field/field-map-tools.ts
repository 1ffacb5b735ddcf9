// Map interactions of field mode: take the position from a click, draw the target area, and draw a measured
// boundary. Each borrows the mouse from identify while it runs (the drawing ones through the shared Terra Draw
// session of renderer/src/draw) and gives it back when done or cancelled.
import type { MapMouseEvent } from 'maplibre-gl';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { getMapInstance } from '../map/map-instance';
import { identifyState } from '../identify/use-map-identify';
import { terraDrawSession } from '../draw/terra-draw-session';
import { validateGeometry } from '../../../shared/geo/validate/index';
import { distanceAndBearing } from '../../../shared/geo/measure/distance-bearing';
import { currentLanguage } from '../i18n/i18n';
import { setPosition, useFieldStore } from './field-store';

let cancelCurrent: (() => void) | null = null;

/** Whether a field map tool (position click, area or boundary drawing) has the mouse now. */
export function fieldMapToolActive(): boolean {
  return cancelCurrent !== null;
}

/** Ends whatever map tool field mode is running (Escape, closing field mode, starting another). */
export function cancelFieldMapTool(): void {
  const cancel = cancelCurrent;
  cancelCurrent = null;
  cancel?.();
}

/** Escape anywhere (the map has the focus while drawing) ends the tool; returns the listener's remover. */
function armEscape(): () => void {
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') cancelFieldMapTool();
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

function releaseMouse(): void {
  // The click that ended a tool must not also select what lies under it.
  setTimeout(() => {
    identifyState.suspended = false;
  }, 400);
}

export const stepMetres = (a: GeoJSON.Position, b: GeoJSON.Position): number => distanceAndBearing(a, b).distanceM;

/** The next click on the map is where the inspector stands (no GNSS, or to correct it). */
export function pickPositionOnMap(): void {
  const map = getMapInstance();
  if (!map) return;
  cancelFieldMapTool();
  identifyState.suspended = true;
  map.getCanvas().style.cursor = 'crosshair';
  useFieldStore.setState({ source: { kind: 'map', name: '', status: 'waiting', badLines: 0 } });
  const onClick = (event: MapMouseEvent): void => {
    setPosition({ lon: event.lngLat.lng, lat: event.lngLat.lat, accuracyM: null, source: 'map', time: new Date().toISOString() }, stepMetres);
    useFieldStore.setState({ source: { kind: 'map', name: '', status: 'ended', badLines: 0 } });
    finish();
  };
  const disarm = armEscape();
  const finish = (): void => {
    disarm();
    map.off('click', onClick);
    map.getCanvas().style.cursor = '';
    cancelCurrent = null;
    releaseMouse();
  };
  map.on('click', onClick);
  cancelCurrent = () => {
    finish();
    const source = useFieldStore.getState().source;
    if (source?.kind === 'map' && source.status === 'waiting') useFieldStore.setState({ source: { ...source, status: 'ended' } });
  };
}

function asPolygonal(geometry: Geometry): Polygon | MultiPolygon | null {
  return geometry.type === 'Polygon' || geometry.type === 'MultiPolygon' ? geometry : null;
}

/** Draws a polygon on the map (double-click to finish); resolves with it, or null when cancelled or invalid. */
export function drawPolygonOnMap(onInvalid: (reason: string) => void): Promise<Polygon | MultiPolygon | null> {
  const map = getMapInstance();
  if (!map) return Promise.resolve(null);
  cancelFieldMapTool();
  identifyState.suspended = true;
  const session = terraDrawSession(map);
  return new Promise((resolve) => {
    const disarm = armEscape();
    const finish = (result: Polygon | MultiPolygon | null): void => {
      disarm();
      session.stop();
      cancelCurrent = null;
      releaseMouse();
      resolve(result);
    };
    cancelCurrent = () => finish(null);
    session.startDrawing('polygon', {
      onChange: () => undefined,
      onFinish: (geometry) => {
        const polygon = asPolygonal(geometry);
        const problem = polygon ? validateGeometry(polygon).find((p) => p.severity === 'error') : null;
        if (!polygon || problem) {
          onInvalid(problem ? (currentLanguage() === 'zh-CN' ? problem.messageZh : problem.message) : '');
          finish(null);
          return;
        }
        finish(polygon);
      },
    });
  });
}

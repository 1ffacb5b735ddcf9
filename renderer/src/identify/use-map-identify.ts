// Identify and select on the map: a click picks the top feature (Ctrl/⌘-click adds to or removes from the
// selection), Shift-drag draws a box and selects what is inside it, a click on empty ground clears the selection.
import { useEffect } from 'react';
import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { whenMapReady } from '../map/map-instance';
import { useAppStore } from '../state/app-store';
import { INTERACTIVE_LAYERS, pickBoxSelection, pickTopFeature } from './interactive-layers';

/** Other tools (drawing, measuring) set this while they own the mouse. */
export const identifyState = { suspended: false };

function hitsAt(map: MapLibreMap, geometry: PointLike | [PointLike, PointLike]): { layerId: string; fid: unknown }[] {
  const layers = INTERACTIVE_LAYERS.map((l) => l.layerId).filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none');
  return map.queryRenderedFeatures(geometry, { layers }).map((f) => ({ layerId: f.layer.id, fid: f.properties.fid }));
}

function installIdentify(map: MapLibreMap): () => void {
  const onClick = (event: MapMouseEvent): void => {
    if (identifyState.suspended) return;
    const top = pickTopFeature(hitsAt(map, event.point));
    const current = useAppStore.getState().selection;
    const toggle = event.originalEvent.ctrlKey || event.originalEvent.metaKey;
    if (!top) {
      if (!toggle) useAppStore.setState({ selection: null });
      return;
    }
    if (toggle && current?.table === top.table) {
      const fids = current.fids.includes(top.fid) ? current.fids.filter((f) => f !== top.fid) : [...current.fids, top.fid];
      useAppStore.setState({ selection: fids.length ? { table: top.table, fids } : null });
    } else {
      useAppStore.setState({ selection: { table: top.table, fids: [top.fid] } });
    }
  };

  // Shift-drag box select replaces MapLibre's Shift-drag box zoom.
  map.boxZoom.disable();
  const canvas = map.getCanvasContainer();
  let start: { x: number; y: number } | null = null;
  let box: HTMLDivElement | null = null;
  const position = (event: MouseEvent): { x: number; y: number } => {
    const rect = canvas.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  };
  const onMouseDown = (event: MouseEvent): void => {
    if (!event.shiftKey || event.button !== 0 || identifyState.suspended) return;
    event.preventDefault();
    event.stopPropagation();
    map.dragPan.disable();
    start = position(event);
    box = document.createElement('div');
    box.className = 'selection-box';
    box.dataset.testid = 'selection-box';
    canvas.append(box);
    window.addEventListener('mousemove', onMouseMove);
    window.addEventListener('mouseup', onMouseUp, { once: true });
  };
  const onMouseMove = (event: MouseEvent): void => {
    if (!start || !box) return;
    const p = position(event);
    Object.assign(box.style, { left: `${Math.min(start.x, p.x)}px`, top: `${Math.min(start.y, p.y)}px`, width: `${Math.abs(p.x - start.x)}px`, height: `${Math.abs(p.y - start.y)}px` });
  };
  const onMouseUp = (event: MouseEvent): void => {
    window.removeEventListener('mousemove', onMouseMove);
    map.dragPan.enable();
    box?.remove();
    box = null;
    if (!start) return;
    const end = position(event);
    const from = start;
    start = null;
    if (Math.abs(end.x - from.x) < 3 && Math.abs(end.y - from.y) < 3) return;
    const picked = pickBoxSelection(hitsAt(map, [[from.x, from.y], [end.x, end.y]]));
    useAppStore.setState({ selection: picked });
  };

  map.on('click', onClick);
  canvas.addEventListener('mousedown', onMouseDown, true);
  const onMove = (event: MapMouseEvent): void => {
    if (identifyState.suspended) return;
    map.getCanvas().style.cursor = pickTopFeature(hitsAt(map, event.point)) && !event.originalEvent.shiftKey ? 'pointer' : '';
  };
  map.on('mousemove', onMove);
  return () => {
    map.off('click', onClick);
    map.off('mousemove', onMove);
    canvas.removeEventListener('mousedown', onMouseDown, true);
  };
}

export function useMapIdentify(): void {
  useEffect(() => {
    let dispose = (): void => undefined;
    let cancelled = false;
    whenMapReady((map) => {
      if (!cancelled) dispose = installIdentify(map);
    });
    return () => {
      cancelled = true;
      dispose();
    };
  }, []);
}

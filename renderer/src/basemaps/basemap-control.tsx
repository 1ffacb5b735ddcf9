// Mounts the basemap panel as a MapLibre control (top-right of the map, under the zoom buttons; the drawing toolbar
// has the top-left), so it needs no place in the app shell: MapLibre positions it, and print styles hide controls.
import { createRoot, type Root } from 'react-dom/client';
import type { IControl } from 'maplibre-gl';
import { whenMapReady } from '../map/map-instance';
import { BasemapPanel } from './BasemapPanel';

class BasemapControl implements IControl {
  private root: Root | null = null;
  private container: HTMLDivElement | null = null;

  onAdd(): HTMLElement {
    this.container = document.createElement('div');
    this.container.className = 'maplibregl-ctrl maplibregl-ctrl-group basemap-control';
    // Keeps clicks and wheel turns on the panel from panning or zooming the map underneath.
    for (const type of ['mousedown', 'dblclick', 'wheel', 'touchstart', 'contextmenu'])
      this.container.addEventListener(type, (event) => event.stopPropagation());
    this.root = createRoot(this.container);
    this.root.render(<BasemapPanel />);
    return this.container;
  }

  onRemove(): void {
    const root = this.root;
    this.root = null;
    // Unmounting during MapLibre's own teardown would warn about a synchronous unmount inside a render.
    queueMicrotask(() => root?.unmount());
    this.container?.remove();
  }
}

let mounted = false;

/** Adds the control once, when the map is ready. */
export function mountBasemapControl(): void {
  if (mounted) return;
  mounted = true;
  whenMapReady((map) => map.addControl(new BasemapControl(), 'top-right'));
}

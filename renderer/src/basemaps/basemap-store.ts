// The basemap list, per project, in memory: each project (by its file handle, or its name while unsaved) keeps
// its own basemaps while the app runs. Persisting the list to landlink_meta is not done yet: after a restart the
// user adds the files again (the Host's file handles do not survive a restart in the browser anyway).
import { create } from 'zustand';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getMapInstance, whenMapReady } from '../map/map-instance';
import { useAppStore, type OpenProject } from '../state/app-store';
import type { BasemapEntry } from './basemap-entry';
import { addBasemapToMap, applyBasemapDisplay, removeBasemapFromMap } from './basemap-map-layers';

interface BasemapState {
  /** Basemaps of every project opened in this session, newest first, keyed by projectKey(). */
  readonly byProject: Readonly<Record<string, readonly BasemapEntry[]>>;
  readonly panelOpen: boolean;
}

export const useBasemapStore = create<BasemapState>(() => ({ byProject: {}, panelOpen: false }));

export function projectKey(project: OpenProject | null): string {
  if (!project) return 'none';
  return project.handle ? `file:${project.handle}` : `unsaved:${project.fileName}`;
}

let nextId = 1;
/** A fresh id for a basemap: its MapLibre source id and the prefix of its layers. */
export function newBasemapId(): string {
  return `basemap-${nextId++}`;
}

export function currentBasemaps(): readonly BasemapEntry[] {
  return useBasemapStore.getState().byProject[projectKey(useAppStore.getState().project)] ?? [];
}

function setCurrent(update: (list: readonly BasemapEntry[]) => readonly BasemapEntry[]): void {
  const key = projectKey(useAppStore.getState().project);
  useBasemapStore.setState((s) => ({ byProject: { ...s.byProject, [key]: update(s.byProject[key] ?? []) } }));
}

/**
 * Runs now when the map has the project's layers, else once it is ready. (whenMapReady alone would wait for a
 * `load` event that never comes again while a basemap's tiles are still loading, since isStyleLoaded is then false.)
 */
function onMap(work: (map: MapLibreMap) => void): void {
  const map = getMapInstance();
  if (map?.getSource('reclaim_parcels')) work(map);
  else whenMapReady(work);
}

export const basemapCommands = {
  add(entry: BasemapEntry): void {
    setCurrent((list) => [entry, ...list]);
    onMap((map) => addBasemapToMap(map, entry));
  },
  update(id: string, change: Partial<Pick<BasemapEntry, 'visible' | 'opacity'>>): void {
    setCurrent((list) => list.map((entry) => (entry.id === id ? { ...entry, ...change } : entry)));
    const entry = currentBasemaps().find((e) => e.id === id);
    if (entry) onMap((map) => applyBasemapDisplay(map, entry));
  },
  remove(id: string): void {
    const entry = currentBasemaps().find((e) => e.id === id);
    if (!entry) return;
    setCurrent((list) => list.filter((e) => e.id !== id));
    onMap((map) => removeBasemapFromMap(map, entry));
    entry.release();
  },
  zoomTo(id: string): void {
    const bounds = currentBasemaps().find((e) => e.id === id)?.content.bounds;
    if (bounds) onMap((map) => map.fitBounds([bounds[0], bounds[1], bounds[2], bounds[3]], { padding: 24, animate: false }));
  },
  setPanelOpen(open: boolean): void {
    useBasemapStore.setState({ panelOpen: open });
  },
};

/**
 * Keeps the map showing the current project's basemaps. A project's Save As (same view, new handle) carries its
 * list to the new key; opening another project takes the old list off the map and puts the other one's on.
 */
function followProject(): void {
  let previous = useAppStore.getState().project;
  useAppStore.subscribe((state) => {
    const project = state.project;
    const oldKey = projectKey(previous);
    const newKey = projectKey(project);
    const sameDocument = previous !== null && project !== null && previous.view === project.view;
    previous = project;
    if (oldKey === newKey) return;
    const { byProject } = useBasemapStore.getState();
    const oldList = byProject[oldKey] ?? [];
    if (sameDocument) {
      const { [oldKey]: moved = [], ...rest } = byProject;
      useBasemapStore.setState({ byProject: { ...rest, [newKey]: moved } });
      return;
    }
    const newList = byProject[newKey] ?? [];
    onMap((map) => {
      for (const entry of oldList) removeBasemapFromMap(map, entry);
      for (const entry of [...newList].reverse()) addBasemapToMap(map, entry);
    });
  });
}

followProject();

import { useAppStore } from '../state/app-store';
import { defineAction, needsProject } from './action';

/** Fits the map to the whole county (the map follows the store's zoom request). */
export default defineAction('map.zoomToProject', {
  predicate: needsProject,
  perform: () => useAppStore.setState((s) => ({ zoomRequest: s.zoomRequest + 1 })),
});

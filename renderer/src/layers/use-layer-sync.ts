// Keeps the map in step with the layer panel's state, from the moment the map's project layers exist.
import { useEffect } from 'react';
import { whenMapReady } from '../map/map-instance';
import { applyLayerState } from './apply-layer-state';
import { useLayerState } from './layer-state';

export function useLayerSync(): void {
  useEffect(() => {
    let unsubscribe = (): void => undefined;
    let cancelled = false;
    whenMapReady((map) => {
      if (cancelled) return;
      applyLayerState(map, useLayerState.getState());
      unsubscribe = useLayerState.subscribe((state) => applyLayerState(map, state));
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, []);
}

// Builds the MapLibre filter of a layer from its own base filter and the layer panel's attribute filter.
import type { FilterSpecification } from 'maplibre-gl';
import type { LayerSettings } from './layer-state';

export function combinedFilter(base: FilterSpecification | undefined, filter: LayerSettings['filter']): FilterSpecification | null {
  const conditions: unknown[] = Object.entries(filter).map(([field, value]) => ['==', ['get', field], value]);
  if (base) conditions.unshift(base);
  if (conditions.length === 0) return null;
  if (conditions.length === 1) return conditions[0] as FilterSpecification;
  return ['all', ...conditions] as FilterSpecification;
}

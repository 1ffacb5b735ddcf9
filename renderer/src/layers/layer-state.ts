// What the layer panel controls, per table: visibility, opacity, labels, order and an attribute filter. The map
// follows this state (apply-layer-state.ts), and so does the legend.
import { create } from 'zustand';
import { LAYER_GROUPS, type MapTable } from '../map/layer-styles';

export type FilterField = 'status' | 'township' | 'village' | 'project_code';

export interface LayerSettings {
  readonly visible: boolean;
  /** 0–1, multiplied with each layer's own opacity. */
  readonly opacity: number;
  readonly labels: boolean;
  /** Field → the one value kept; absent fields do not filter. */
  readonly filter: Partial<Record<FilterField, string>>;
}

export interface LayerState {
  /** Tables bottom to top. */
  readonly order: readonly MapTable[];
  readonly settings: Readonly<Record<MapTable, LayerSettings>>;
  setVisible(table: MapTable, visible: boolean): void;
  setOpacity(table: MapTable, opacity: number): void;
  setLabels(table: MapTable, labels: boolean): void;
  setFilter(table: MapTable, field: FilterField, value: string | null): void;
  /** Moves a table one step up (towards the top of the map) or down. */
  move(table: MapTable, direction: 'up' | 'down'): void;
}

const DEFAULT_SETTINGS: LayerSettings = { visible: true, opacity: 1, labels: true, filter: {} };
const OFF_BY_DEFAULT: ReadonlySet<MapTable> = new Set(['linkage_outlines', 'linkage_lines']);

function update(state: LayerState, table: MapTable, change: Partial<LayerSettings>): Pick<LayerState, 'settings'> {
  return { settings: { ...state.settings, [table]: { ...state.settings[table], ...change } } };
}

export const useLayerState = create<LayerState>((set) => ({
  order: LAYER_GROUPS.map((g) => g.table),
  // Linkage project areas overlap across the county, and linkage lines criss-cross it: off until asked for.
  settings: Object.fromEntries(LAYER_GROUPS.map((g) => [g.table, OFF_BY_DEFAULT.has(g.table) ? { ...DEFAULT_SETTINGS, visible: false } : DEFAULT_SETTINGS])) as Record<MapTable, LayerSettings>,
  setVisible: (table, visible) => set((s) => update(s, table, { visible })),
  setOpacity: (table, opacity) => set((s) => update(s, table, { opacity: Math.min(1, Math.max(0, opacity)) })),
  setLabels: (table, labels) => set((s) => update(s, table, { labels })),
  setFilter: (table, field, value) =>
    set((s) => {
      const filter = { ...s.settings[table].filter };
      if (value === null || value === '') delete filter[field];
      else filter[field] = value;
      return update(s, table, { filter });
    }),
  move: (table, direction) =>
    set((s) => {
      const order = [...s.order];
      const index = order.indexOf(table);
      const target = direction === 'up' ? index + 1 : index - 1;
      if (index < 0 || target < 0 || target >= order.length) return {};
      [order[index], order[target]] = [order[target]!, order[index]!];
      return { order };
    }),
}));

// State of the attribute table panel (zustand): open or not, its height, the active tab, and per table the sort,
// filters and hidden columns, so switching tabs keeps each table as the user left it.
import { create } from 'zustand';
import { NO_FILTERS, type RowFilters } from './row-filter';
import type { SortSpec } from './row-order';
import { DEFAULT_TABLE } from './table-tabs';

export interface TableViewState {
  readonly sort: SortSpec | null;
  readonly filters: RowFilters;
  /** Column id → visible; columns not listed use their default. */
  readonly visibility: Readonly<Record<string, boolean>>;
}

export interface TablePanelState {
  open: boolean;
  /** Panel height in pixels (the map gets the rest). */
  height: number;
  activeTable: string;
  views: Record<string, TableViewState>;
}

export const EMPTY_TABLE_VIEW: TableViewState = { sort: null, filters: NO_FILTERS, visibility: {} };
export const MIN_PANEL_HEIGHT = 140;

export const useTablePanelStore = create<TablePanelState>(() => ({ open: false, height: 260, activeTable: DEFAULT_TABLE, views: {} }));

export function toggleTablePanel(): void {
  useTablePanelStore.setState((s) => ({ open: !s.open }));
}

export function showTable(table: string): void {
  useTablePanelStore.setState({ open: true, activeTable: table });
}

export function updateTableView(table: string, change: (view: TableViewState) => TableViewState): void {
  useTablePanelStore.setState((s) => ({ views: { ...s.views, [table]: change(s.views[table] ?? EMPTY_TABLE_VIEW) } }));
}

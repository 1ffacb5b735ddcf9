// The rows of one table for the grid: a feature table's rows are its features' properties in the current project
// view; an attribute-only table is read through the worker again after every change of the view (edits, undo).
import { useEffect, useMemo, useState } from 'react';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import type { TableTab } from './table-tabs';
import type { TableRow } from './table-row';

export interface LoadedRows {
  readonly rows: readonly TableRow[] | null;
  /** Stored columns present in the data (to show fields the schema does not know). */
  readonly fields: readonly string[];
  readonly error: string | null;
}

const NONE: LoadedRows = { rows: null, fields: [], error: null };

export function useTableRows(app: AppServices, tab: TableTab | undefined): LoadedRows {
  const view = useAppStore((s) => s.project?.view);
  const layerRows = useMemo<LoadedRows | null>(() => {
    if (!tab || tab.source !== 'layer') return null;
    const features = view?.layers.find((l) => l.table === tab.table)?.features.features ?? [];
    const rows = features.map((f) => f.properties as TableRow);
    return { rows, fields: rows[0] ? Object.keys(rows[0]) : [], error: null };
  }, [tab, view]);

  const [fetched, setFetched] = useState<{ table: string; loaded: LoadedRows } | null>(null);
  useEffect(() => {
    if (!tab || tab.source !== 'rows' || !view) return;
    let current = true;
    app.project.tableRows(tab.table).then(
      ({ columns, rows }) => current && setFetched({ table: tab.table, loaded: { rows: rows as TableRow[], fields: columns, error: null } }),
      (error: unknown) => current && setFetched({ table: tab.table, loaded: { rows: [], fields: [], error: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [app, tab, view]);

  if (layerRows) return layerRows;
  return fetched && fetched.table === tab?.table ? fetched.loaded : NONE;
}

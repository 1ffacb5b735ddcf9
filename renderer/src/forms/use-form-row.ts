// The row a form edits: from the project view for feature tables, read through the worker for ledger tables.
import { useEffect, useMemo, useState } from 'react';
import type { AppServices } from '../app/app-services';
import { useAppStore } from '../state/app-store';
import type { TableRow } from '../table/table-row';
import type { FormTarget } from './form-store';

export function useFormRow(app: AppServices, target: FormTarget | null): TableRow | null | undefined {
  const view = useAppStore((s) => s.project?.view);
  const fromLayer = useMemo(() => {
    if (!target) return undefined;
    const layer = view?.layers.find((l) => l.table === target.table);
    if (!layer) return undefined;
    return (layer.features.features.find((f) => f.properties?.fid === target.fid)?.properties as TableRow | undefined) ?? null;
  }, [target, view]);
  const [fetched, setFetched] = useState<{ target: FormTarget; row: TableRow | null } | null>(null);
  const needsFetch = Boolean(target) && fromLayer === undefined;
  useEffect(() => {
    if (!target || !needsFetch) return;
    let current = true;
    app.project.tableRows(target.table).then(
      ({ rows }) => current && setFetched({ target, row: (rows.find((r) => r.fid === target.fid) as TableRow | undefined) ?? null }),
      () => current && setFetched({ target, row: null }),
    );
    return () => {
      current = false;
    };
  }, [app, target, needsFetch, view]);
  if (fromLayer !== undefined) return fromLayer;
  return fetched?.target === target ? fetched.row : undefined;
}

// The column chooser (列): a list of every column with a check box; hidden columns keep their filters and sort.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { columnVisibility } from './column-visibility';
import type { UiLanguage } from './format-value';
import type { DisplayColumn } from './table-columns';
import { updateTableView, type TableViewState } from './table-panel-store';

export function ColumnChooser({ table, columns, tableView, language }: { table: string; columns: readonly DisplayColumn[]; tableView: TableViewState; language: UiLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const visible = columnVisibility(columns, tableView.visibility);
  useEffect(() => {
    if (!open) return;
    const close = (event: globalThis.MouseEvent): void => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);
  return (
    <div className="column-chooser" ref={ref}>
      <button type="button" aria-expanded={open} data-testid="column-chooser" onClick={() => setOpen(!open)}>
        {t('table.columns')}
      </button>
      {open ? (
        <ul className="column-chooser-list" role="menu" onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
          {columns.map((column) => (
            <li key={column.id} role="menuitemcheckbox" aria-checked={visible[column.id]}>
              <label>
                <input
                  type="checkbox"
                  checked={visible[column.id]}
                  data-testid={`column-toggle-${column.id}`}
                  onChange={(e) => {
                    const checked = e.target.checked;
                    updateTableView(table, (v) => ({ ...v, visibility: { ...v.visibility, [column.id]: checked } }));
                  }}
                />
                {column.label[language]}
              </label>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

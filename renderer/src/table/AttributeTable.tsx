// The open attribute table: tabs (one per table), a toolbar (status filter, column chooser, zoom to selection, form,
// clear filters), the virtualized grid and the footer with counts and Σ area.
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { openFeatureForm } from '../forms/form-store';
import { useAppStore } from '../state/app-store';
import { areaSum } from './area-sum';
import { AttributeGrid } from './AttributeGrid';
import { ColumnChooser } from './ColumnChooser';
import type { UiLanguage } from './format-value';
import { filterPositions, hasFilters, NO_FILTERS } from './row-filter';
import { sortPositions } from './row-order';
import { StatusFilter } from './StatusFilter';
import { setStatusOfSelection, statusEnumOf } from './set-status-of-selection';
import { areaMuColumn, statusColumn, tableColumns } from './table-columns';
import { EMPTY_TABLE_VIEW, showTable, updateTableView, useTablePanelStore } from './table-panel-store';
import { tableTabs } from './table-tabs';
import { TableFooter } from './TableFooter';
import { useTableRows } from './use-table-rows';
import { zoomToSelection } from './zoom-to-selection';
import { useApp } from '../app/app-context';

const NO_ROWS: never[] = [];
/** Tables the write path refuses (Landlink keeps them itself). */
const READ_ONLY_TABLES = new Set(['audit_log', 'landlink_meta']);

export function AttributeTable(): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const language: UiLanguage = useAppStore((s) => s.language) === 'en' ? 'en' : 'zh';
  const view = useAppStore((s) => s.project?.view);
  const selection = useAppStore((s) => s.selection);
  const activeTable = useTablePanelStore((s) => s.activeTable);
  const tableView = useTablePanelStore((s) => s.views[activeTable]) ?? EMPTY_TABLE_VIEW;
  const tabs = useMemo(() => tableTabs(view), [view]);
  const tab = tabs.find((x) => x.table === activeTable) ?? tabs[0];
  const table = tab?.table ?? activeTable;
  const loaded = useTableRows(app, tab);
  const rows = loaded.rows ?? NO_ROWS;
  const fieldsKey = loaded.fields.join('\u0000');
  const columns = useMemo(() => tableColumns(table, loaded.fields), [table, fieldsKey]);
  // Typing in a filter stays responsive on 200,000 rows: the grid catches up a frame later.
  const filters = useDeferredValue(tableView.filters);
  const sort = useDeferredValue(tableView.sort);
  const filtered = useMemo(() => filterPositions(rows, columns, filters, language), [rows, columns, filters, language]);
  const order = useMemo(() => {
    const column = sort && columns.find((c) => c.id === sort.columnId);
    return column ? sortPositions(rows, filtered, column, sort.desc) : filtered;
  }, [rows, filtered, columns, sort]);
  const selectedFids = useMemo(() => new Set(selection?.table === table ? selection.fids : []), [selection, table]);
  const muColumn = areaMuColumn(columns);
  const area = useMemo(() => (muColumn ? areaSum(rows, order, selectedFids, muColumn) : null), [rows, order, selectedFids, muColumn]);
  const status = statusColumn(columns);
  const isFeatureTable = tab?.source === 'layer';
  const firstSelected = selection?.table === table ? selection.fids[0] : undefined;

  return (
    <>
      <div className="table-tabs" role="tablist">
        {tabs.map((x) => (
          <button key={x.table} type="button" role="tab" aria-selected={x.table === table} data-testid={`table-tab-${x.table}`} onClick={() => showTable(x.table)}>
            {t(`layers.${x.table}`, { defaultValue: x.table })}
          </button>
        ))}
      </div>
      <div className="table-toolbar">
        {status ? <StatusFilter table={table} column={status} tableView={tableView} language={language} /> : null}
        <span className="spacer" />
        {hasFilters(tableView.filters) ? (
          <button type="button" data-testid="clear-filters" onClick={() => updateTableView(table, (v) => ({ ...v, filters: NO_FILTERS }))}>
            {t('table.clearFilters')}
          </button>
        ) : null}
        {isFeatureTable ? (
          <button type="button" data-testid="zoom-to-selection" disabled={firstSelected === undefined} onClick={() => zoomToSelection()}>
            {t('table.zoomToSelection')}
          </button>
        ) : null}
        {status && statusEnumOf(table) ? (
          <button type="button" data-testid="set-status" disabled={firstSelected === undefined} onClick={() => void setStatusOfSelection(app)}>
            {t('table.setStatusButton')}
          </button>
        ) : null}
        <button type="button" data-testid="open-form" disabled={firstSelected === undefined} onClick={() => firstSelected !== undefined && openFeatureForm(table, firstSelected)}>
          {t('table.openForm')}
        </button>
        <ColumnChooser table={table} columns={columns} tableView={tableView} language={language} />
      </div>
      {loaded.error ? <p className="table-message" role="alert">{loaded.error}</p> : null}
      <AttributeGrid table={table} rows={rows} order={order} columns={columns} tableView={tableView} language={language} editable={!READ_ONLY_TABLES.has(table)} />
      <TableFooter total={rows.length} shown={order.length} selected={selectedFids.size} area={area} />
    </>
  );
}

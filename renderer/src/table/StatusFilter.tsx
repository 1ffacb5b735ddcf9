// Filter by status: one toggle per status of the table (with its map colour), any number pressed at once.
import { ENUMS } from '../../../shared/domain/enums';
import type { Label } from '../../../shared/domain/schema-types';
import { HOUSE_STATUS_COLOURS, PARCEL_STATUS_COLOURS } from '../map/layer-styles';
import type { UiLanguage } from './format-value';
import type { DisplayColumn } from './table-columns';
import { updateTableView, type TableViewState } from './table-panel-store';

const COLOURS: Readonly<Record<string, Readonly<Record<string, string>>>> = { parcel_status: PARCEL_STATUS_COLOURS, house_status: HOUSE_STATUS_COLOURS };

export function StatusFilter({ table, column, tableView, language }: { table: string; column: DisplayColumn; tableView: TableViewState; language: UiLanguage }): React.JSX.Element | null {
  const enumName = column.schema?.enum;
  if (!enumName) return null;
  const labels = ENUMS[enumName] as Record<string, Label>;
  const chosen = new Set(tableView.filters.statuses ?? []);
  const toggle = (code: string): void => {
    const next = new Set(chosen);
    if (next.has(code)) next.delete(code);
    else next.add(code);
    updateTableView(table, (v) => ({ ...v, filters: { ...v.filters, statuses: next.size ? [...next] : null } }));
  };
  return (
    <div className="status-filter" role="group" aria-label={column.label[language]}>
      {Object.entries(labels).map(([code, label]) => (
        <button key={code} type="button" className="status-chip" aria-pressed={chosen.has(code)} data-testid={`status-filter-${code}`} onClick={() => toggle(code)}>
          {COLOURS[enumName]?.[code] ? <span className="swatch" style={{ background: COLOURS[enumName][code] }} /> : null}
          {label[language]}
        </button>
      ))}
    </div>
  );
}

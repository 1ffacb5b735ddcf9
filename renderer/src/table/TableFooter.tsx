// The footer: how many rows, how many pass the filters, how many are selected, and Σ ellipsoidal area in mu of the
// selected rows (or of all filtered rows when none is selected).
import { useTranslation } from 'react-i18next';
import type { AreaSum } from './area-sum';
import { formatFixed } from './format-value';

export function TableFooter({ total, shown, selected, area }: { total: number; shown: number; selected: number; area: AreaSum | null }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <footer className="table-footer" data-testid="table-footer">
      <span data-testid="table-count">{t('table.count', { shown: shown.toLocaleString('en-US'), total: total.toLocaleString('en-US') })}</span>
      <span data-testid="table-selected-count">{t('table.selectedCount', { count: selected })}</span>
      {area ? (
        <span data-testid="table-area-sum" data-mu={area.mu}>
          {t(area.of === 'selected' ? 'table.areaSelected' : 'table.areaFiltered', { mu: formatFixed(area.mu, 2), count: area.rowCount.toLocaleString('en-US') })}
        </span>
      ) : null}
    </footer>
  );
}

// 逾期应收: every instalment due before the as-of date and not received, with its days overdue and amount; shown on
// the plan and on the overview, so money counted on is seen to be late.
import { useTranslation } from 'react-i18next';
import type { OverdueReceivable } from '../../../../shared/finance/plan/receivables';
import { yuanText } from '../money-format';
import './plan.css';

export function OverdueList({ overdue, testId }: { overdue: readonly OverdueReceivable[]; testId: string }): React.JSX.Element {
  const { t } = useTranslation();
  const total = overdue.reduce((sum, o) => sum + Math.round(o.amount * 100), 0) / 100;
  return (
    <div className="plan-overdue" data-testid={testId} data-count={overdue.length} data-total={total}>
      <h3>
        {t('ledger.overdue.title')} · {overdue.length === 0 ? t('ledger.overdue.none') : t('ledger.overdue.summary', { count: overdue.length, amount: yuanText(total) })}
      </h3>
      {overdue.length > 0 ? (
        <table className="ledger-table">
          <thead>
            <tr>
              <th>{t('ledger.overdue.sale')}</th>
              <th>{t('ledger.overdue.buyer')}</th>
              <th>{t('ledger.overdue.payment')}</th>
              <th>{t('ledger.overdue.due')}</th>
              <th className="num">{t('ledger.overdue.amount')}</th>
              <th className="num">{t('ledger.overdue.days')}</th>
            </tr>
          </thead>
          <tbody>
            {overdue.map((o) => (
              <tr key={`${o.sale_code}-${o.payment_code ?? o.due_date}`} data-testid={`${testId}-row`} data-sale={o.sale_code}>
                <td>{o.sale_code}</td>
                <td>{o.buyer ?? ''}</td>
                <td>{o.payment_code ?? t('ledger.overdue.tranche')}</td>
                <td>{o.due_date}</td>
                <td className="num amount">{yuanText(o.amount)}</td>
                <td className="num">{o.days_overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

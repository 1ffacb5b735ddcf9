// 回款情况: each signed sale as of the date — due so far, received, overdue — and whether it was paid on time, late,
// in part or not at all, so a late or partial payment is seen as such and not as money in hand.
import { useTranslation } from 'react-i18next';
import type { SaleReceivable } from '../../../../shared/finance/plan/receivables';
import { yuanText } from '../money-format';
import './plan.css';

export function SaleStandings({ receivables }: { receivables: readonly SaleReceivable[] }): React.JSX.Element | null {
  const { t } = useTranslation();
  if (receivables.length === 0) return null;
  return (
    <div className="plan-overdue">
      <h3>{t('ledger.standing.title')}</h3>
      <table className="ledger-table" data-testid="plan-standings">
        <thead>
          <tr>
            <th>{t('ledger.overdue.sale')}</th>
            <th className="num">{t('ledger.standing.due')}</th>
            <th className="num">{t('ledger.standing.received')}</th>
            <th className="num">{t('ledger.overdue.amount')}</th>
            <th>{t('ledger.standing.standing')}</th>
          </tr>
        </thead>
        <tbody>
          {receivables.map((r) => (
            <tr key={r.sale_code} data-testid="plan-standing-row" data-sale={r.sale_code} data-standing={r.standing} className={r.standing === 'unpaid' || r.standing === 'partial' ? 'bad' : ''}>
              <td>{r.sale_code}</td>
              <td className="num">{yuanText(r.due_to_date)}</td>
              <td className="num">{yuanText(r.received_to_date)}</td>
              <td className="num amount">{r.overdue ? yuanText(r.overdue) : ''}</td>
              <td>{t(`ledger.standing.kinds.${r.standing}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

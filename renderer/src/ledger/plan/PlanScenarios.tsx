// 情景对比: the named scenarios side by side (coverage from the as-of year, first shortfall, lowest forecast balance),
// coverage by price change × delay, and the break-even price of unsold quota that keeps every future year covered.
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../../shared/ipc/ledger-protocol';
import { percentText, wan, yuanText } from '../money-format';
import './plan.css';

export function PlanScenarios({ view }: { view: LedgerView }): React.JSX.Element {
  const { t } = useTranslation();
  const { scenarios, sensitivity } = view;
  return (
    <div className="plan-columns">
      <div>
        <h3>{t('ledger.scenarios.title')}</h3>
        <table className="ledger-table" data-testid="plan-scenarios">
          <thead>
            <tr>
              <th>{t('ledger.scenarios.scenario')}</th>
              <th className="num">{t('ledger.plan.coverage')}</th>
              <th className="num">{t('ledger.plan.firstShortfall')}</th>
              <th className="num">{t('ledger.scenarios.lowest')}</th>
            </tr>
          </thead>
          <tbody>
            {scenarios.map((s) => (
              <tr key={s.id} data-testid="plan-scenario-row" data-id={s.id} className={s.first_shortfall_year !== null ? 'bad' : ''}>
                <td>{t(`ledger.scenarios.names.${s.id}`)}</td>
                <td className="num">{percentText(s.coverage)}</td>
                <td className="num">{s.first_shortfall_year ?? t('ledger.plan.noShortfall')}</td>
                <td className="num">{s.min_future_cumulative === null ? '' : wan(s.min_future_cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p data-testid="plan-break-even" data-value={view.breakEvenPrice ?? ''}>
          {t('ledger.scenarios.breakEven')}: {view.breakEvenPrice === null ? t('ledger.scenarios.noBreakEven') : `${yuanText(view.breakEvenPrice)} ${t('ledger.scenarios.yuanPerMu')}`}
        </p>
      </div>
      <div>
        <h3>{t('ledger.scenarios.sensitivity')}</h3>
        <table className="ledger-table" data-testid="plan-sensitivity">
          <thead>
            <tr>
              <th>{t('ledger.scenarios.delayPrice')}</th>
              {sensitivity.price_changes.map((p) => (
                <th key={p} className="num">{`${p > 0 ? '+' : ''}${Math.round(p * 100)} %`}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sensitivity.delays.map((d, i) => (
              <tr key={d}>
                <td>{t('ledger.scenarios.delayYears', { count: d })}</td>
                {(sensitivity.coverage[i] ?? []).map((c, j) => (
                  <td key={j} className={`num${c !== null && c < 1 ? ' bad' : ''}`}>{percentText(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

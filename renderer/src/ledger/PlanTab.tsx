// 还款计划: per year debt service (after subsidy) against quota income, the cumulative balance, the coverage ratio
// and the first year of shortfall shown big, and the what-if controls: price change of unsold quota, acceptance
// delay in years, share of income reserved for the loans. The plan is recomputed in the worker on every change.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { setScenario, useLedgerStore } from './ledger-store';
import { formatWanYuan, percentText, wan } from './money-format';
import { PlanChart } from './PlanChart';
import type { AppController } from '../app/app-controller';
import { ExportButtons } from './ExportButtons';
import { planTable } from './ledger-tables';

export function PlanTab({ app, view, language }: { app: AppController; view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const scenario = useLedgerStore((s) => s.scenario);
  const { plan } = view;
  const labels = useMemo(() => ({ debtService: t('ledger.plan.debtService'), income: t('ledger.plan.income'), cumulative: t('ledger.plan.cumulative'), unit: t('ledger.plan.unit') }), [t]);
  const totalDebt = plan.years.reduce((s, y) => s + y.debt_service, 0);
  const totalIncome = plan.years.reduce((s, y) => s + y.quota_income, 0);
  return (
    <div className="ledger-tab" data-testid="ledger-plan">
      <div className="plan-figures">
        <div className={`plan-figure${plan.coverage !== null && plan.coverage < 1 ? ' bad' : ''}`}>
          <span>{t('ledger.plan.coverage')}</span>
          <strong data-testid="plan-coverage" data-value={plan.coverage ?? ''}>{percentText(plan.coverage)}</strong>
        </div>
        <div className={`plan-figure${plan.first_shortfall_year !== null ? ' bad' : ''}`}>
          <span>{t('ledger.plan.firstShortfall')}</span>
          <strong data-testid="plan-first-shortfall">{plan.first_shortfall_year ?? t('ledger.plan.noShortfall')}</strong>
        </div>
        <div className="plan-figure">
          <span>{t('ledger.plan.totalDebt')}</span>
          <strong>{formatWanYuan(totalDebt, language)}</strong>
        </div>
        <div className="plan-figure">
          <span>{t('ledger.plan.totalIncome')}</span>
          <strong>{formatWanYuan(totalIncome, language)}</strong>
        </div>
      </div>
      <div className="plan-controls">
        <label>
          {t('ledger.plan.priceChange')}
          <input
            type="number"
            step={5}
            min={-90}
            max={200}
            data-testid="scenario-price"
            value={Math.round(scenario.priceChange * 100)}
            onChange={(e) => setScenario({ priceChange: clamp(Number(e.target.value), -90, 200) / 100 })}
          />
          %
        </label>
        <label>
          {t('ledger.plan.delay')}
          <input type="number" step={1} min={0} max={10} data-testid="scenario-delay" value={scenario.delayYears} onChange={(e) => setScenario({ delayYears: Math.round(clamp(Number(e.target.value), 0, 10)) })} />
        </label>
        <label>
          {t('ledger.plan.reserve')}
          <input
            type="number"
            step={5}
            min={0}
            max={100}
            data-testid="scenario-reserve"
            value={Math.round(scenario.reserveShare * 100)}
            onChange={(e) => setScenario({ reserveShare: clamp(Number(e.target.value), 0, 100) / 100 })}
          />
          %
        </label>
        <button type="button" onClick={() => setScenario({ priceChange: 0, delayYears: 0, reserveShare: 1 })}>
          {t('ledger.plan.reset')}
        </button>
      </div>
      <PlanChart years={plan.years} labels={labels} />
      <div className="ledger-toolbar">
        <ExportButtons app={app} table={() => planTable(view, t)} testId="export-plan" />
      </div>
      <table className="ledger-table">
        <thead>
          <tr>
            <th>{t('ledger.plan.year')}</th>
            <th className="num">{t('ledger.plan.debtService')}</th>
            <th className="num">{t('ledger.plan.received')}</th>
            <th className="num">{t('ledger.plan.expectedContracted')}</th>
            <th className="num">{t('ledger.plan.expectedUnsold')}</th>
            <th className="num">{t('ledger.plan.income')}</th>
            <th className="num">{t('ledger.plan.net')}</th>
            <th className="num">{t('ledger.plan.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.years.map((y) => (
            <tr key={y.year} className={y.cumulative < 0 ? 'bad' : ''}>
              <td>{y.year}</td>
              <td className="num">{wan(y.debt_service)}</td>
              <td className="num">{wan(y.received)}</td>
              <td className="num">{wan(y.expected_contracted)}</td>
              <td className="num">{wan(y.expected_unsold)}</td>
              <td className="num">{wan(y.quota_income)}</td>
              <td className="num">{wan(y.net)}</td>
              <td className="num">{wan(y.cumulative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : 0;
}

// 还款计划: the plan as of a date, split between fact and forecast. The headline is the future: coverage and the first
// shortfall from the as-of year on (a shortfall in the past is history, shown in grey in the table, not an alarm), the
// overdue receivables, the break-even price. Below: the what-if controls (price change of unsold quota, delay of its
// acceptance and sale, share reserved for loans), the assumptions kept in the project, the chart, the years (history,
// as-of year, forecast; contracted, overdue and assumed income in their own columns), the scenarios side by side and
// the workbook export. The plan is recomputed in the worker on every change.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { setScenario, useLedgerStore } from './ledger-store';
import { formatWanYuan, percentText, wan } from './money-format';
import { PlanChart } from './PlanChart';
import { ExportButtons } from './ExportButtons';
import { planTable } from './ledger-tables';
import { OverdueList } from './plan/OverdueList';
import { PlanAssumptionsForm } from './plan/PlanAssumptionsForm';
import { PlanScenarios } from './plan/PlanScenarios';
import { PlanWorkbookButton } from './plan/PlanWorkbookButton';
import { SaleStandings } from './plan/SaleStandings';
import './plan/plan.css';

export function PlanTab({ view, language }: { view: LedgerView; language: AppLanguage }): React.JSX.Element {
  const { t } = useTranslation();
  const scenario = useLedgerStore((s) => s.scenario);
  const { plan } = view;
  const asOfYear = Number(view.asOfDate.slice(0, 4));
  const labels = useMemo(
    () => ({
      debtService: t('ledger.plan.debtService'),
      income: t('ledger.plan.income'),
      cumulative: t('ledger.plan.futureCumulative'),
      unit: t('ledger.plan.unit'),
      received: t('ledger.plan.received'),
      contracted: t('ledger.plan.expectedContracted'),
      overdue: t('ledger.plan.overdue'),
      assumed: t('ledger.plan.expectedUnsold'),
      history: t('ledger.plan.history'),
    }),
    [t],
  );
  const future = plan.years.filter((y) => y.phase !== 'history');
  const totalDebt = future.reduce((s, y) => s + y.debt_service, 0);
  const totalIncome = future.reduce((s, y) => s + y.quota_income, 0);
  const overdueTotal = view.overdue.reduce((s, o) => s + o.amount, 0);
  return (
    <div className="ledger-tab" data-testid="ledger-plan">
      <div className="plan-figures">
        <div className={`plan-figure${plan.coverage !== null && plan.coverage < 1 ? ' bad' : ''}`}>
          <span>{t('ledger.plan.coverageFrom', { year: asOfYear })}</span>
          <strong data-testid="plan-coverage" data-value={plan.coverage ?? ''}>{percentText(plan.coverage)}</strong>
          <span className="note" data-testid="plan-history-coverage">{t('ledger.plan.historyCoverage', { value: percentText(plan.history_coverage) })}</span>
        </div>
        <div className={`plan-figure${plan.first_shortfall_year !== null ? ' bad' : ''}`}>
          <span>{t('ledger.plan.firstShortfallFrom', { year: asOfYear })}</span>
          <strong data-testid="plan-first-shortfall" data-value={plan.first_shortfall_year ?? ''}>{plan.first_shortfall_year ?? t('ledger.plan.noShortfall')}</strong>
        </div>
        <div className={`plan-figure${overdueTotal > 0 ? ' bad' : ''}`}>
          <span>{t('ledger.overdue.title')}</span>
          <strong data-testid="plan-overdue-total" data-value={overdueTotal}>{formatWanYuan(overdueTotal, language)}</strong>
          <span className="note">{view.assumptions.overdue === 'keep' ? t('ledger.overdue.kept') : t('ledger.overdue.dropped')}</span>
        </div>
        <div className="plan-figure">
          <span>{t('ledger.plan.futureDebt', { year: asOfYear })}</span>
          <strong>{formatWanYuan(totalDebt, language)}</strong>
        </div>
        <div className="plan-figure">
          <span>{t('ledger.plan.futureIncome', { year: asOfYear })}</span>
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
      <PlanAssumptionsForm view={view} language={language} />
      <PlanChart years={plan.years} labels={labels} />
      <div className="ledger-toolbar">
        <PlanWorkbookButton view={view} />
        <ExportButtons table={() => planTable(view, t)} testId="export-plan" />
      </div>
      <div className="plan-columns">
        <OverdueList overdue={view.overdue} testId="plan-overdue" />
        <SaleStandings receivables={view.receivables} />
      </div>
      <table className="ledger-table plan-years">
        <thead>
          <tr>
            <th>{t('ledger.plan.year')}</th>
            <th>{t('ledger.plan.phase')}</th>
            <th className="num">{t('ledger.plan.debtService')}</th>
            <th className="num">{t('ledger.plan.received')}</th>
            <th className="num">{t('ledger.plan.expectedContracted')}</th>
            <th className="num">{t('ledger.plan.overdue')}</th>
            <th className="num">{t('ledger.plan.expectedUnsold')}</th>
            <th className="num">{t('ledger.plan.income')}</th>
            <th className="num">{t('ledger.plan.net')}</th>
            <th className="num">{t('ledger.plan.cumulative')}</th>
            <th className="num">{t('ledger.plan.futureCumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.years.map((y) => (
            <tr key={y.year} data-testid="plan-year" data-year={y.year} data-phase={y.phase} className={`${y.phase}${y.future_cumulative !== null && y.future_cumulative < 0 ? ' bad' : ''}`}>
              <td>{y.year}</td>
              <td>
                <span className={`plan-phase ${y.phase}`}>{t(`ledger.plan.phases.${y.phase}`)}</span>
              </td>
              <td className="num">{wan(y.debt_service)}</td>
              <td className="num">{wan(y.received)}</td>
              <td className="num">{wan(y.expected_contracted)}</td>
              <td className="num overdue">{y.overdue ? wan(y.overdue) : ''}</td>
              <td className="num assumed" title={y.unsold_mu > 0 ? t('ledger.plan.unsoldDetail', { mu: y.unsold_mu.toFixed(2), price: Math.round(y.unsold_price ?? 0) }) : undefined}>{wan(y.expected_unsold)}</td>
              <td className="num">{wan(y.quota_income)}</td>
              <td className="num">{wan(y.net)}</td>
              <td className="num">{wan(y.cumulative)}</td>
              <td className="num">{y.future_cumulative === null ? '' : wan(y.future_cumulative)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <PlanScenarios view={view} />
    </div>
  );
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : 0;
}

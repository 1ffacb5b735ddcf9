// The repayment plan as a chart: per year debt service against quota income as bars, and the cumulative balance as
// a line, all in 万元.
import { useMemo } from 'react';
import type { RepaymentPlanYear } from '../../../shared/finance/plan/repayment-plan';
import { useEchart } from './use-echart';

export interface PlanChartLabels {
  readonly debtService: string;
  readonly income: string;
  readonly cumulative: string;
  readonly unit: string;
}

const toWan = (yuan: number): number => Math.round(yuan / 100) / 100;

export function PlanChart({ years, labels }: { years: readonly RepaymentPlanYear[]; labels: PlanChartLabels }): React.JSX.Element {
  const options = useMemo(
    () => ({
      legend: { top: 0, data: [labels.debtService, labels.income, labels.cumulative] },
      grid: { left: 70, right: 20, top: 48, bottom: 30 },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', name: labels.unit },
      series: [
        { name: labels.debtService, type: 'bar', data: years.map((y) => toWan(y.debt_service)), itemStyle: { color: '#d73027' } },
        { name: labels.income, type: 'bar', data: years.map((y) => toWan(y.quota_income)), itemStyle: { color: '#1a9850' } },
        { name: labels.cumulative, type: 'line', data: years.map((y) => toWan(y.cumulative)), itemStyle: { color: '#4575b4' }, lineStyle: { width: 2 } },
      ],
    }),
    [years, labels],
  );
  const host = useEchart(options);
  return <div ref={host} className="plan-chart" data-testid="plan-chart" />;
}

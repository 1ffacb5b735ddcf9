// The repayment plan as a chart, in 万元: debt service as a bar; income as a stacked bar of what was received (history),
// what is contracted, what is overdue (kept) and what is assumed from unsold quota, each in its own colour; the
// forecast's own cumulative balance as a line from the as-of year, and the years before it shaded as history.
import { useMemo } from 'react';
import type { RepaymentPlanYear } from '../../../shared/finance/plan/repayment-plan';
import { useEchart } from './use-echart';

export interface PlanChartLabels {
  readonly debtService: string;
  readonly income: string;
  readonly cumulative: string;
  readonly unit: string;
  readonly received?: string;
  readonly contracted?: string;
  readonly overdue?: string;
  readonly assumed?: string;
  readonly history?: string;
}

const toWan = (yuan: number): number => Math.round(yuan / 100) / 100;

export function PlanChart({ years, labels }: { years: readonly RepaymentPlanYear[]; labels: PlanChartLabels }): React.JSX.Element {
  const options = useMemo(() => {
    // Each source's share of the reserved income, so the stack adds up to quota_income.
    const part = (y: RepaymentPlanYear, amount: number) => {
      const gross = y.received + y.expected_contracted + y.overdue + y.expected_unsold;
      return gross > 0 ? toWan((y.quota_income * amount) / gross) : 0;
    };
    const history = years.filter((y) => y.phase === 'history');
    const stack = (name: string | undefined, color: string, pick: (y: RepaymentPlanYear) => number) => ({ name: name ?? labels.income, type: 'bar', stack: 'income', data: years.map((y) => part(y, pick(y))), itemStyle: { color } });
    return {
      // The bundled font: Debian's Chromium has no CJK font of its own, and a canvas draws with the family it is told.
      textStyle: { fontFamily: "'Noto Sans SC', sans-serif" },
      legend: { top: 0 },
      grid: { left: 70, right: 20, top: 48, bottom: 30 },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value', name: labels.unit },
      series: [
        {
          name: labels.debtService,
          type: 'bar',
          data: years.map((y) => toWan(y.debt_service)),
          itemStyle: { color: '#d73027' },
          ...(history.length > 0
            ? { markArea: { silent: true, itemStyle: { color: 'rgba(120,130,140,0.12)' }, label: { show: true, position: 'insideTop', color: '#6b7580' }, data: [[{ name: labels.history ?? '', xAxis: String(history[0]!.year) }, { xAxis: String(history.at(-1)!.year) }]] } }
            : {}),
        },
        stack(labels.received, '#1a7f3c', (y) => y.received),
        stack(labels.contracted, '#66bd63', (y) => y.expected_contracted),
        stack(labels.overdue, '#f0a030', (y) => y.overdue),
        stack(labels.assumed, '#c7e9a0', (y) => y.expected_unsold),
        { name: labels.cumulative, type: 'line', data: years.map((y) => (y.future_cumulative === null ? null : toWan(y.future_cumulative))), itemStyle: { color: '#4575b4' }, lineStyle: { width: 2 } },
      ],
    };
  }, [years, labels]);
  const host = useEchart(options);
  const assumed = years.filter((y) => y.expected_unsold > 0).map((y) => `${y.year}:${Math.round(y.expected_unsold)}`).join(',');
  return <div ref={host} className="plan-chart" data-testid="plan-chart" data-assumed={assumed} />;
}

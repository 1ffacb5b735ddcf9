// Reclaimed area by parcel status as a bar chart: how much is accepted or filed (and so produces quota) against what
// is still planned, under way or awaiting acceptance.
import { useMemo } from 'react';
// The map's status colours, so the chart reads like the map legend.
import { PARCEL_STATUS_COLOURS } from '../map/layer-styles';
import { useEchart } from './use-echart';

export function StatusChart({ bars, unit }: { bars: readonly { status: string; label: string; mu: number }[]; unit: string }): React.JSX.Element {
  const options = useMemo(
    () => ({
      grid: { left: 110, right: 30, top: 10, bottom: 24 },
      xAxis: { type: 'value', name: unit },
      yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true },
      series: [{ type: 'bar', data: bars.map((b) => ({ value: Math.round(b.mu * 100) / 100, itemStyle: { color: PARCEL_STATUS_COLOURS[b.status] ?? '#4575b4', borderColor: '#7a8590', borderWidth: 0.5 } })) }],
    }),
    [bars, unit],
  );
  const host = useEchart(options);
  return <div ref={host} className="status-chart" data-testid="status-chart" />;
}

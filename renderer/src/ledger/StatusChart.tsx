// Reclaimed area by parcel status as a bar chart (echarts, canvas): how much is accepted or filed (and so produces
// quota) against what is still planned, under way or awaiting acceptance.
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
// The map's status colours, so the chart reads like the map legend.
import { PARCEL_STATUS_COLOURS } from '../map/layer-styles';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);


export function StatusChart({ bars, unit }: { bars: readonly { status: string; label: string; mu: number }[]; unit: string }): React.JSX.Element {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    const instance = echarts.init(host.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(host.current!);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(
      {
        animation: false,
        tooltip: { trigger: 'axis' },
        grid: { left: 110, right: 30, top: 10, bottom: 24 },
        xAxis: { type: 'value', name: unit },
        yAxis: { type: 'category', data: bars.map((b) => b.label), inverse: true },
        series: [{ type: 'bar', data: bars.map((b) => ({ value: Math.round(b.mu * 100) / 100, itemStyle: { color: PARCEL_STATUS_COLOURS[b.status] ?? '#4575b4', borderColor: '#7a8590', borderWidth: 0.5 } })) }],
      },
      true,
    );
  }, [bars, unit]);
  return <div ref={host} className="status-chart" data-testid="status-chart" />;
}

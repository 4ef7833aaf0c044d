import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h } from '../ui/dom';
import type { ChartData } from './chartData';

const COLORS = ['#4ea1ff', '#3fb950', '#f85149', '#d29922', '#bc8cff', '#39c5cf'];
const AXIS = { stroke: '#93a4b5', grid: { stroke: '#2c3b4b', width: 1 }, ticks: { stroke: '#2c3b4b', width: 1 } };

/**
 * Draws a ChartData with uPlot: buckets on x (labelled by the report's own bucket labels), counts or hours on the left
 * axis, percentages on the right. Returns the element and a dispose function (uPlot keeps a resize listener).
 */
export function drawChart(data: ChartData, title: string): { el: HTMLElement; dispose: () => void } {
  const el = h('div', { class: 'report-chart', id: 'report-chart', 'aria-label': title });
  if (data.labels.length === 0) {
    el.append(h('p', { class: 'muted' }, 'Nothing to chart.'));
    return { el, dispose: () => undefined };
  }
  const xs = data.labels.map((_, i) => i);
  const leftScale = data.series.some((s) => s.axis === 'hours') ? 'hours' : 'count';
  const hasPercent = data.series.some((s) => s.axis === 'percent');
  const opts: uPlot.Options = {
    title, width: Math.max(320, Math.min(1200, window.innerWidth - 80)), height: 260,
    scales: { x: { time: false }, [leftScale]: { range: (_u, _min, max) => [0, Math.max(1, max)] }, percent: { range: [0, 100] } },
    axes: [
      { ...AXIS, values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? data.labels[i] ?? '' : '')) },
      { ...AXIS, scale: leftScale, label: leftScale === 'hours' ? 'hours' : 'calls' },
      ...(hasPercent ? [{ ...AXIS, scale: 'percent', side: 1 as const, label: '%', grid: { show: false } }] : []),
    ],
    series: [
      { label: 'Bucket', value: (_u, v) => (v === null ? '' : data.labels[v] ?? '') },
      ...data.series.map((s, i) => ({
        label: s.label, scale: s.axis === 'percent' ? 'percent' : leftScale, stroke: COLORS[i % COLORS.length],
        width: 2, dash: s.axis === 'percent' ? [6, 4] : undefined, points: { show: true },
      })),
    ],
  };
  const plot = new uPlot(opts, [xs, ...data.series.map((s) => s.values)] as uPlot.AlignedData, el);
  return { el, dispose: () => plot.destroy() };
}

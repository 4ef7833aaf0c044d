import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendPoint } from './types';

/** The trend fields a sparkline can plot, by metric id (other metrics have no 15-minute series). */
export const TREND_FIELDS: Record<string, keyof TrendPoint> = {
  waiting: 'waiting', offered: 'offered', answered: 'answered', abandoned: 'abandoned', serviceLevel: 'serviceLevel',
};

/** uPlot's columns for one metric: [times in seconds, values] (nulls leave gaps). */
export function columns(points: TrendPoint[], field: keyof TrendPoint): [number[], (number | null)[]] {
  return [points.map((p) => p.t / 1000), points.map((p) => (p[field] as number | null) ?? null)];
}

/** A small axis-free line chart that keeps its uPlot instance and only swaps data on updates. */
export class Sparkline {
  private plot: uPlot | null = null;

  /** @param min the smallest chart drawn (a widget's 120x40; a queue row's is smaller) */
  constructor(readonly el: HTMLElement, private readonly min = { width: 120, height: 40 }) {
  }

  update(points: TrendPoint[], field: keyof TrendPoint): void {
    const data = columns(points, field) as uPlot.AlignedData;
    const width = Math.max(this.min.width, this.el.clientWidth || this.min.width * 2);
    const height = Math.max(this.min.height, this.el.clientHeight || this.min.height * 1.5);
    if (!this.plot) {
      this.plot = new uPlot({
        width, height, legend: { show: false }, cursor: { show: false },
        axes: [{ show: false }, { show: false }],
        scales: { x: { time: true } },
        series: [{}, { stroke: '#4fc3f7', width: 2, fill: 'rgba(79,195,247,0.15)', spanGaps: false }],
      }, data, this.el);
      return;
    }
    if (this.plot.width !== width || this.plot.height !== height) {
      this.plot.setSize({ width, height });
    }
    this.plot.setData(data);
  }

  destroy(): void {
    this.plot?.destroy();
    this.plot = null;
  }
}

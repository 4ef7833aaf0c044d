import type { Api } from '../live';
import { h, replace } from '../ui/dom';
import { LiveTable, type Column } from '../ui/table';
import { drawChart } from './chart';
import { abandonChart, agentChart, queueChart, queuesOf, type ChartData } from './chartData';
import { abandonColumns, agentColumns, pauseReasons, queueColumns } from './columns';
import { localTime } from './format';
import type { Params } from './params';
import { urls } from './params';
import type { AbandonReport, AgentReport, PeriodJson, QueueIntervalReport, ReportKind } from './types';

interface Shaped<T> { period: PeriodJson; rows: T[]; totals: T[]; columns: Array<Column<T>>; key: (r: T) => string; chart: (queue: string) => ChartData; queues: string[] }

/**
 * Runs one aggregate report and shows it: period line, export / print links, a chart (per queue where the figures
 * are per queue), the rows and the totals. Returns a dispose for the chart.
 */
export async function showReport(api: Api, kind: ReportKind, params: Params, into: HTMLElement): Promise<() => void> {
  const u = urls(kind, params);
  replace(into, h('p', { class: 'result busy' }, 'Running the report…'));
  let shaped: Shaped<any>;
  try {
    shaped = shape(kind, await api.get<unknown>(u.api));
  } catch (e) {
    replace(into, h('p', { class: 'result err', id: 'report-error', role: 'alert' }, (e as Error).message));
    return () => undefined;
  }
  const links = h('p', { class: 'report-links' },
    h('a', { href: u.csv, id: 'export-csv', download: '' }, 'Export CSV'), ' · ',
    h('a', { href: u.print, id: 'print-link', target: '_blank' }, 'Printable page'));
  const period = h('p', { class: 'muted', id: 'report-period' }, `${shaped.period.label}: ${localTime(shaped.period.from)} to ${localTime(shaped.period.to)} (${shaped.period.zone})`);
  let dispose = (): void => undefined;
  const chartBox = h('div', { class: 'chart-box' });
  const drawFor = (queue: string): void => {
    dispose();
    const chart = drawChart(shaped.chart(queue), queue ? `${queue}` : 'Totals per agent');
    replace(chartBox, chart.el);
    dispose = chart.dispose;
  };
  const picker = shaped.queues.length > 1
    ? h('select', { id: 'chart-queue', 'aria-label': 'Queue to chart', onchange: (e: Event) => drawFor((e.target as HTMLSelectElement).value) },
      shaped.queues.map((q) => h('option', { value: q }, q)))
    : null;
  const rows = new LiveTable({ id: 'report-rows', columns: shaped.columns, key: shaped.key, empty: 'No data in this period.' });
  const totals = new LiveTable({ id: 'report-totals', columns: shaped.columns, key: shaped.key, empty: 'No data in this period.' });
  rows.update(shaped.rows);
  totals.update(shaped.totals);
  replace(into, period, links, picker ? h('p', {}, 'Chart of ', picker) : null, chartBox,
    h('h2', {}, 'Rows'), rows.el, h('h2', {}, 'Totals'), totals.el);
  drawFor(shaped.queues[0] ?? '');
  return () => dispose();
}

function shape(kind: ReportKind, data: unknown): Shaped<any> {
  if (kind === 'queue-interval') {
    const r = data as QueueIntervalReport;
    return { period: r.period, rows: r.rows, totals: r.totals, columns: queueColumns(r),
      key: (row) => `${row.queue}|${row.bucket.start}|${row.bucket.kind}`, chart: (q) => queueChart(r.rows, q), queues: queuesOf(r.totals) };
  }
  if (kind === 'abandons') {
    const r = data as AbandonReport;
    return { period: r.period, rows: r.rows, totals: r.totals, columns: abandonColumns(r),
      key: (row) => `${row.queue}|${row.bucket.start}|${row.bucket.kind}`, chart: (q) => abandonChart(r.rows, q), queues: queuesOf(r.totals) };
  }
  const r = data as AgentReport;
  return { period: r.period, rows: r.rows, totals: r.totals, columns: agentColumns(pauseReasons([...r.rows, ...r.totals])),
    key: (row) => `${row.agent}|${row.bucket.start}|${row.bucket.kind}`, chart: () => agentChart(r.totals), queues: [] };
}

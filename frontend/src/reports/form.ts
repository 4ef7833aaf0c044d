import { h } from '../ui/dom';
import type { Params } from './params';
import type { Options, ReportKind } from './types';

const INTERVALS = ['quarter-hour', 'hour', 'day', 'weekday', 'month'];
const OUTCOMES = ['answered', 'transferred', 'abandoned', 'timeout', 'overflow', 'after-hours'];

/** The parameter form of one report, filled from `params`; `onRun` gets the parameters as typed. */
export function reportForm(kind: ReportKind, options: Options, params: Params, onRun: (p: Params) => void): HTMLFormElement {
  const field = (label: string, control: HTMLElement): HTMLElement => h('label', {}, label, control);
  const select = (name: string, values: string[], empty: string | null, labelOf = (v: string) => v): HTMLSelectElement => {
    // a value from a link or a saved report that is not in the list (e.g. a queue since deleted) stays selectable
    const all = params[name] && !values.includes(params[name]) ? [...values, params[name]] : values;
    const s = h('select', { name, id: `p-${name}` },
      empty !== null ? h('option', { value: '' }, empty) : null,
      all.map((v) => h('option', { value: v }, labelOf(v))));
    s.value = params[name] ?? (empty !== null ? '' : values[0]);
    return s;
  };
  const input = (name: string, type: string, extra: Record<string, string> = {}): HTMLInputElement =>
    h('input', { name, id: `p-${name}`, type, value: params[name] ?? '', ...extra });

  const range = select('range', options.ranges, 'Dates…', (v) => v.replace(/-/g, ' '));
  if (!params.range && !params.from) {
    range.value = 'today';
  }
  const from = input('from', 'date');
  const to = input('to', 'date');
  const dates = h('span', { class: 'dates' }, field('From', from), field('To (incl.)', to));
  const syncDates = (): void => { dates.hidden = range.value !== ''; };
  range.addEventListener('change', syncDates);
  syncDates();

  const controls: HTMLElement[] = [field('Period', range), dates,
    field('Queue', select('queue', options.queues, 'All my queues'))];
  if (kind === 'agent-performance' || kind === 'calls') {
    controls.push(field('Agent', select('agent', options.agents, 'All agents')));
  }
  if (kind !== 'calls') {
    controls.push(field('Rows by', select('interval', INTERVALS, 'Automatic')));
  }
  if (kind === 'queue-interval' || kind === 'abandons') {
    controls.push(field('Hours', select('hours', ['all', 'open', 'closed'], null,
      (v) => ({ all: 'All hours', open: 'Business hours', closed: 'Outside business hours' }[v] ?? v))));
  }
  if (kind === 'calls') {
    controls.push(field('Number', input('number', 'text', { placeholder: 'caller or DID, 555* = prefix', size: '14' })),
      field('Outcome', select('outcome', OUTCOMES, 'Any')),
      field('Min duration (s)', input('minDuration', 'number', { min: '0', size: '5' })),
      field('Max duration (s)', input('maxDuration', 'number', { min: '0', size: '5' })),
      field('Per page', input('size', 'number', { min: '1', max: String(options.maxPageSize), placeholder: String(options.pageSize) })));
  }
  const form = h('form', { id: 'report-form', class: 'report-form' }, controls,
    h('button', { type: 'submit', class: 'primary', id: 'run-report' }, 'Run'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out: Params = {};
    new FormData(form).forEach((v, k) => { out[k] = String(v); });
    onRun(out);
  });
  return form;
}

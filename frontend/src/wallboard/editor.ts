import { ApiError, type Api } from '../live';
import { h, replace } from '../ui/dom';
import type { Catalogue, Layout, StoredBoard, ThresholdRule, Widget } from './types';

const KIND_LABELS: Record<string, string> = { tile: 'Tile', sparkline: 'Sparkline', agents: 'Agent table', waiting: 'Waiting callers' };

/** The layout editor: name, period, queues, widgets in order, yellow/red thresholds; saves through the REST API. */
export class LayoutEditor {
  readonly el: HTMLFormElement;
  private widgets: Widget[];
  private thresholds: ThresholdRule[];
  private readonly name: HTMLInputElement;
  private readonly minutes: HTMLInputElement;
  private readonly widgetRows = h('ol', { id: 'ed-widgets' });
  private readonly thresholdRows = h('tbody', { id: 'ed-thresholds' });
  private readonly queueBoxes: HTMLElement;
  private readonly result = h('p', { id: 'ed-result', class: 'result' });

  constructor(private readonly api: Api, private readonly catalogue: Catalogue, private readonly board: StoredBoard | null,
    private readonly onSaved: (b: StoredBoard) => void, private readonly onDeleted: () => void) {
    this.widgets = board ? [...board.widgets] : [{ kind: 'tile', metric: 'waiting' }, { kind: 'tile', metric: 'longestWait' },
      { kind: 'tile', metric: 'serviceLevel' }, { kind: 'agents' }, { kind: 'waiting' }];
    this.thresholds = board ? [...board.thresholds] : [];
    this.name = h('input', { id: 'ed-name', required: true, maxLength: 100, value: board?.name ?? '' });
    this.minutes = h('input', { id: 'ed-minutes', type: 'number', min: 1, placeholder: 'business day',
      value: board?.slidingMinutes ?? '' });
    const queues = [...new Set([...catalogue.queues, ...(board?.queues ?? [])])];
    this.queueBoxes = h('fieldset', { id: 'ed-queues' }, h('legend', {}, 'Queues'), queues.map((q) => h('label', {},
      h('input', { type: 'checkbox', name: 'ed-queue', value: q, checked: board?.queues.includes(q) ?? false,
        onchange: () => this.renderThresholds() }), ` ${q}`)));
    this.el = h('form', { id: 'wb-editor', class: 'editor', onsubmit: (e: Event) => { e.preventDefault(); void this.save(); } },
      h('h2', {}, board ? `Edit “${board.name}”` : 'New wallboard'),
      h('label', {}, 'Name ', this.name),
      h('label', {}, 'Sliding window (minutes, empty = business day) ', this.minutes),
      this.queueBoxes,
      h('fieldset', {}, h('legend', {}, 'Widgets'), this.widgetRows,
        h('button', { type: 'button', id: 'ed-add-widget', onclick: () => { this.widgets.push({ kind: 'tile', metric: 'waiting' }); this.renderWidgets(); } }, 'Add widget')),
      h('fieldset', {}, h('legend', {}, 'Thresholds (yellow / red)'),
        h('table', {}, h('thead', {}, h('tr', {}, ['Metric', 'Queue', 'Yellow', 'Red', ''].map((c) => h('th', {}, c)))), this.thresholdRows),
        h('button', { type: 'button', id: 'ed-add-threshold', onclick: () => { this.thresholds.push({ metric: 'waiting', queue: null }); this.renderThresholds(); } }, 'Add threshold')),
      h('button', { type: 'submit', id: 'ed-save' }, 'Save'),
      board ? h('button', { type: 'button', id: 'ed-delete', class: 'danger', onclick: () => void this.remove() }, 'Delete wallboard') : null,
      this.result);
    this.renderWidgets();
    this.renderThresholds();
  }

  private chosenQueues(): string[] {
    return [...this.queueBoxes.querySelectorAll<HTMLInputElement>('input[name=ed-queue]:checked')].map((i) => i.value);
  }

  private metricSelect(value: string | null | undefined, onPick: (m: string) => void, judged: boolean): HTMLSelectElement {
    return h('select', { onchange: (e: Event) => onPick((e.target as HTMLSelectElement).value) },
      this.catalogue.metrics.filter((m) => !judged || m.direction !== 'NEUTRAL')
        .map((m) => h('option', { value: m.id, selected: m.id === value }, m.label)));
  }

  private renderWidgets(): void {
    replace(this.widgetRows, this.widgets.map((w, i) => h('li', { 'data-index': i },
      h('select', { class: 'ed-kind', onchange: (e: Event) => { const kind = (e.target as HTMLSelectElement).value as Widget['kind'];
        this.widgets[i] = kind === 'tile' || kind === 'sparkline' ? { kind, metric: w.metric ?? 'waiting' } : { kind }; this.renderWidgets(); } },
        this.catalogue.widgetKinds.map((k) => h('option', { value: k, selected: k === w.kind }, KIND_LABELS[k] ?? k))),
      w.kind === 'tile' || w.kind === 'sparkline' ? this.metricSelect(w.metric, (m) => { this.widgets[i] = { kind: w.kind, metric: m }; }, false) : null,
      h('button', { type: 'button', title: 'Up', onclick: () => this.move(i, -1) }, '↑'),
      h('button', { type: 'button', title: 'Down', onclick: () => this.move(i, 1) }, '↓'),
      h('button', { type: 'button', title: 'Remove', onclick: () => { this.widgets.splice(i, 1); this.renderWidgets(); } }, '✕'))));
  }

  private move(i: number, by: number): void {
    const j = i + by;
    if (j >= 0 && j < this.widgets.length) {
      [this.widgets[i], this.widgets[j]] = [this.widgets[j], this.widgets[i]];
      this.renderWidgets();
    }
  }

  private renderThresholds(): void {
    const queues = this.chosenQueues();
    const num = (v: number | null | undefined, set: (n: number | null) => void, cls: string) => h('input', {
      type: 'number', step: 'any', min: 0, class: cls, value: v ?? '',
      onchange: (e: Event) => { const s = (e.target as HTMLInputElement).value; set(s === '' ? null : Number(s)); } });
    replace(this.thresholdRows, this.thresholds.map((t, i) => h('tr', { 'data-index': i },
      h('td', {}, this.metricSelect(t.metric, (m) => { t.metric = m; }, true)),
      h('td', {}, h('select', { onchange: (e: Event) => { const q = (e.target as HTMLSelectElement).value; t.queue = q === '' ? null : q; } },
        h('option', { value: '' }, 'All queues'), queues.map((q) => h('option', { value: q, selected: t.queue === q }, q)))),
      h('td', {}, num(t.yellow, (n) => { t.yellow = n; }, 'ed-yellow')),
      h('td', {}, num(t.red, (n) => { t.red = n; }, 'ed-red')),
      h('td', {}, h('button', { type: 'button', onclick: () => { this.thresholds.splice(i, 1); this.renderThresholds(); } }, '✕')))));
  }

  private body(): Layout & { name: string } {
    const minutes = this.minutes.value.trim();
    return { name: this.name.value, queues: this.chosenQueues(), widgets: this.widgets, thresholds: this.thresholds,
      slidingMinutes: minutes === '' ? null : Number(minutes) };
  }

  private async save(): Promise<void> {
    try {
      const saved = this.board
        ? await this.api.put<StoredBoard>(`/api/wallboards/${this.board.id}`, this.body())
        : await this.api.post<StoredBoard>('/api/wallboards', this.body());
      this.say('Saved.', true);
      this.onSaved(saved);
    } catch (e) {
      this.say(e instanceof ApiError ? e.message : String(e), false);
    }
  }

  private async remove(): Promise<void> {
    if (this.board && window.confirm(`Delete wallboard “${this.board.name}” and its kiosk links?`)) {
      try {
        await this.api.delete(`/api/wallboards/${this.board.id}`);
        this.onDeleted();
      } catch (e) {
        this.say(e instanceof ApiError ? e.message : String(e), false);
      }
    }
  }

  private say(text: string, ok: boolean): void {
    this.result.textContent = text;
    this.result.className = `result ${ok ? 'ok' : 'err'}`;
  }
}

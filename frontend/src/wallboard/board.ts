import { h, replace } from '../ui/dom';
import { caller, clock, formatValue, NO_VALUE, stateLabel } from './format';
import { Sparkline, TREND_FIELDS } from './sparkline';
import { level, ruleFor, rulesInForce, worst, type Level } from './thresholds';
import { OVERALL, type Board, type Figures, type MetricInfo, type Tile, type Widget } from './types';

/** Renders a wallboard: tile groups with threshold colours and alarm, sparklines, agent table, waiting callers. */
export class BoardScreen {
  private board: Board | null = null;
  private sparklines = new Map<HTMLElement, Sparkline>();

  constructor(private readonly root: HTMLElement, private readonly alarm: HTMLElement,
    private metrics: Map<string, MetricInfo>) {
  }

  setMetrics(list: MetricInfo[]): void {
    this.metrics = new Map(list.map((m) => [m.id, m]));
  }

  setLayout(board: Board): void {
    this.board = board;
    this.sparklines.forEach((s) => s.destroy());
    this.sparklines.clear();
    replace(this.root, board.widgets.map((w) => this.skeleton(w)));
  }

  setFigures(f: Figures): void {
    if (!this.board) {
      return;
    }
    const red: string[] = [];
    this.root.querySelectorAll<HTMLElement>('.tile').forEach((el) => {
      const lv = this.fillTile(el, f);
      if (lv === 'red') red.push(this.label(el.dataset.metric!));
    });
    this.root.querySelectorAll<HTMLElement>('.sparkline').forEach((el) => this.fillSparkline(el, f));
    this.root.querySelectorAll<HTMLElement>('.agents tbody').forEach((el) => this.fillAgents(el, f));
    this.root.querySelectorAll<HTMLElement>('.waiting tbody').forEach((el) => this.fillWaiting(el, f));
    this.alarm.hidden = red.length === 0;
    this.alarm.textContent = red.length === 0 ? '' : `ALARM: ${red.join(', ')}`;
  }

  private label(metric: string): string {
    return this.metrics.get(metric)?.label ?? metric;
  }

  private skeleton(w: Widget): HTMLElement {
    const queues = this.board!.queues;
    switch (w.kind) {
      case 'tile':
        return h('section', { class: 'widget tile level-none', 'data-metric': w.metric! },
          h('h2', { class: 'tile-label' }, this.label(w.metric!)),
          h('div', { class: 'tile-value', 'data-queue': OVERALL }, NO_VALUE),
          h('div', { class: 'tile-alarm' }, 'ALARM'),
          w.metric === 'serviceLevel' ? h('p', { class: 'tile-caption' }) : null,
          h('ul', { class: 'tile-queues' }, queues.map((q) => h('li', { 'data-queue': q, class: 'level-none' },
            h('span', { class: 'q-name' }, q), h('span', { class: 'q-value' }, NO_VALUE)))));
      case 'sparkline':
        return h('section', { class: 'widget spark' }, h('h2', {}, `${this.label(w.metric!)} today`),
          h('div', { class: 'sparkline', 'data-metric': w.metric! }));
      case 'agents':
        return h('section', { class: 'widget agents' }, h('h2', {}, 'Agents'), h('table', {},
          h('thead', {}, h('tr', {}, ['Agent', 'State', 'In state', 'Reason', 'Caller', 'Queue', 'Handled']
            .map((c) => h('th', {}, c)))), h('tbody', {})));
      case 'waiting':
        return h('section', { class: 'widget waiting' }, h('h2', {}, 'Waiting callers'), h('table', {},
          h('thead', {}, h('tr', {}, ['#', 'Queue', 'Wait', 'Priority', 'DID', 'Caller'].map((c) => h('th', {}, c)))),
          h('tbody', {})));
    }
  }

  private fillTile(el: HTMLElement, f: Figures): Level {
    const metric = el.dataset.metric!;
    const info = this.metrics.get(metric);
    const rules = rulesInForce(this.board!.thresholds, f);
    const show = (tile: Tile, target: Element): Level => {
      const value = tile.values[metric];
      target.textContent = info ? formatValue(info.unit, value) : String(value ?? NO_VALUE);
      return info ? level(info.direction, value, ruleFor(rules, metric, tile.queue)) : 'none';
    };
    const levels = [show(f.overall, el.querySelector('.tile-value')!)];
    f.tiles.forEach((t) => {
      const li = el.querySelector<HTMLElement>(`li[data-queue="${CSS.escape(t.queue)}"]`);
      if (li) {
        const lv = show(t, li.querySelector('.q-value')!);
        li.className = `level-${lv}`;
        levels.push(lv);
      }
    });
    const caption = el.querySelector('.tile-caption');
    if (caption) {
      caption.textContent = `${f.overall.serviceLevelCaption} (${f.overall.serviceLevelCounts})`;
    }
    const lv = worst(levels);
    el.className = `widget tile level-${lv}`;
    return lv;
  }

  private fillSparkline(el: HTMLElement, f: Figures): void {
    const field = TREND_FIELDS[el.dataset.metric!];
    const points = f.trend?.series[OVERALL];
    if (!field || !points) {
      el.textContent = f.trend ? `No trend for ${this.label(el.dataset.metric!)}` : '';
      return;
    }
    let spark = this.sparklines.get(el);
    if (!spark) {
      spark = new Sparkline(el);
      this.sparklines.set(el, spark);
    }
    spark.update(points, field);
  }

  private fillAgents(body: HTMLElement, f: Figures): void {
    replace(body, f.agents.map((a) => h('tr', { 'data-agent': a.username, class: `state-${a.state.toLowerCase()}` },
      h('td', {}, a.username), h('td', { class: 'state' }, stateLabel(a.state)),
      h('td', {}, clock(a.timeInStateMs / 1000)), h('td', {}, a.pauseReason ?? ''),
      h('td', {}, a.callId ? caller(a.callerName, a.callerNumber) : ''), h('td', {}, a.callQueue ?? ''),
      h('td', {}, a.callsHandled))));
  }

  private fillWaiting(body: HTMLElement, f: Figures): void {
    replace(body, f.waiting.map((c) => h('tr', { 'data-call': c.callId },
      h('td', {}, c.position), h('td', {}, c.queue), h('td', { class: 'wait' }, clock(c.waitMs / 1000)),
      h('td', {}, c.priority), h('td', {}, c.did ?? NO_VALUE), h('td', {}, caller(c.callerName, c.callerNumber)))));
  }
}

import type { Api } from '../live';
import { resultLine, runReported } from '../ui/actionForm';
import { h, replace } from '../ui/dom';
import { duration } from '../ui/format';
import { callerText, transferText } from './callLogic';
import { pageInfo, type HistoryPage } from './history';

const PAGE_SIZE = 10;

/** The agent's own answered calls, newest first, a page at a time (GET /api/desk/history). */
export class HistoryPanel {
  readonly el: HTMLElement;
  private readonly body = h('tbody');
  private readonly info = h('span', { id: 'history-info', class: 'muted' });
  private readonly prev: HTMLButtonElement;
  private readonly next: HTMLButtonElement;
  private readonly line = resultLine();
  private page = 0;
  /** Disposition codes in words (the desk's configured list); the code itself when unknown. */
  dispositionLabel: (code: string) => string = (code) => code;

  constructor(private readonly api: Api) {
    this.prev = h('button', { type: 'button', id: 'history-prev', onclick: () => void this.load(this.page - 1) }, '‹ Newer');
    this.next = h('button', { type: 'button', id: 'history-next', onclick: () => void this.load(this.page + 1) }, 'Older ›');
    this.el = h('section', { class: 'card wide', id: 'history', 'aria-labelledby': 'history-title' },
      h('h2', { id: 'history-title' }, 'My calls', h('button', { type: 'button', id: 'history-refresh', onclick: () => void this.load(this.page) }, 'Refresh')),
      h('div', { class: 'table-wrap small' }, h('table', {},
        h('thead', {}, h('tr', {}, ['Answered', 'Caller', 'Queue', 'Waited', 'Talk', 'Hold', 'Ended by', 'Transfer', 'Disposition'].map((t) => h('th', {}, t)))),
        this.body)),
      h('div', { class: 'pager' }, this.prev, this.info, this.next), this.line.el);
  }

  async load(page = this.page): Promise<void> {
    const data = await runReported(this.line, () => this.api.get<HistoryPage>(`/api/desk/history?page=${Math.max(0, page)}&size=${PAGE_SIZE}`), () => '');
    if (!data) {
      return;
    }
    this.line.el.textContent = '';
    this.page = data.page;
    const p = pageInfo(data);
    this.info.textContent = p.text;
    this.prev.disabled = !p.hasNewer;
    this.next.disabled = !p.hasOlder;
    replace(this.body, data.items.length === 0
      ? h('tr', { class: 'empty' }, h('td', { colSpan: 9 }, 'No calls yet.'))
      : data.items.map((c) => h('tr', { 'data-id': c.callId },
        h('td', {}, h('time', { datetime: c.answeredAt ?? '' }, when(c.answeredAt ?? c.enqueuedAt))),
        h('td', {}, callerText(c)), h('td', {}, c.queue ?? '—'),
        h('td', { class: 'num' }, ms(c.waitMs)), h('td', { class: 'num' }, ms(c.talkMs)), h('td', { class: 'num' }, ms(c.holdMs)),
        h('td', {}, c.hangupSide ?? '—'), h('td', {}, c.transferredTo ? transferText(c.transferredTo) : '—'),
        h('td', { class: 'disposition' }, c.disposition ? this.dispositionLabel(c.disposition) : '—'))));
  }
}

function ms(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : duration(v / 1000);
}

function when(iso: string | null): string {
  const t = new Date(iso ?? '');
  return Number.isNaN(t.getTime()) ? '—' : t.toLocaleString([], { dateStyle: 'short', timeStyle: 'medium' });
}

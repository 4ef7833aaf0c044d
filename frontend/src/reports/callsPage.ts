import type { Api } from '../live';
import { h, replace } from '../ui/dom';
import { LiveTable } from '../ui/table';
import { dur, localTime } from './format';
import { hashFor, urls, type Params } from './params';
import type { CallJson, CallPage } from './types';

/**
 * Call search results with paging: "Older" follows the server's cursor, "Newer" goes back through the cursors seen,
 * so deep pages stay fast. Each row links to the call's detail page.
 */
export async function showCalls(api: Api, params: Params, into: HTMLElement): Promise<void> {
  const u = urls('calls', params);
  const cursors: Array<string | undefined> = [undefined];
  const table = new LiveTable<CallJson>({
    id: 'calls', key: (c) => `${c.asteriskId}/${c.callId}`, empty: 'No calls match.',
    columns: [
      { title: 'Enqueued', cell: (c) => localTime(c.enqueuedAt) },
      { title: 'Caller', cell: (c) => [c.callerNumber ?? '—', c.callerName ? ` (${c.callerName})` : ''] },
      { title: 'DID', cell: (c) => c.did ?? '—' },
      { title: 'Queue', cell: (c) => c.queues.join(' → ') },
      { title: 'Outcome', cell: (c) => h('span', { class: `outcome o-${c.outcome ?? 'waiting'}` }, c.outcome ?? 'waiting') },
      { title: 'Agent', cell: (c) => c.agent ?? '—' },
      { title: 'Wait', cell: (c) => dur(c.waitMs), className: 'num' },
      { title: 'Talk', cell: (c) => dur(c.talkMs), className: 'num' },
      { title: 'Duration', cell: (c) => dur(c.durationMs), className: 'num' },
      { title: '', cell: (c) => h('a', { class: 'call-link', href: hashFor({ page: 'call', asteriskId: c.asteriskId, callId: c.callId }) }, 'Details') },
    ],
  });
  const status = h('span', { class: 'muted', id: 'calls-page' });
  const newer = h('button', { type: 'button', id: 'calls-newer', onclick: () => void go(cursors.length - 2) }, '← Newer');
  const older = h('button', { type: 'button', id: 'calls-older', onclick: () => void go(cursors.length) }, 'Older →');
  const error = h('p', { class: 'result err', id: 'report-error', role: 'alert', hidden: true });
  let next: string | null = null;
  const go = async (index: number): Promise<void> => {
    if (index < 0 || (index >= cursors.length && !next)) {
      return;
    }
    if (index === cursors.length) {
      cursors.push(next ?? undefined);
    }
    cursors.length = index + 1;
    const after = cursors[index];
    try {
      const page = await api.get<CallPage>(urls('calls', params, after ? { after } : {}).api);
      error.hidden = true;
      next = page.next;
      table.update(page.calls);
      status.textContent = `Page ${index + 1} · ${page.calls.length} calls · ${page.period.label} (${page.period.zone})`;
      newer.disabled = index === 0;
      older.disabled = !page.next;
    } catch (e) {
      error.hidden = false;
      error.textContent = (e as Error).message;
    }
  };
  replace(into, h('p', { class: 'report-links' },
    h('a', { href: u.csv, id: 'export-csv', download: '' }, 'Export all matching calls (CSV)'), ' · ',
    h('a', { href: u.print, id: 'print-link', target: '_blank' }, 'Printable page')),
  error, h('div', { class: 'toolbar' }, newer, older, status), table.el);
  await go(0);
}

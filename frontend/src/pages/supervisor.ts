import type { MonitorLive, WaitingCaller } from '../live';
import { onStoreChange, type AppContext, type Page } from '../ui/app';
import { resultLine, runReported } from '../ui/actionForm';
import { h, replace } from '../ui/dom';
import { party, since } from '../ui/format';
import { LiveTable } from '../ui/table';
import { supervise, type AgentRow, type SupervisorView } from './supervisorApi';
import { broadcastForm, membershipDialog, pauseDialog } from './supervisorForms';

interface WaitingRow extends WaitingCaller { queue: string }

const MODES = ['listen', 'whisper', 'barge'] as const;

/**
 * The supervisor's desk: the agents of its queues with live state and time in state, listen / whisper / barge,
 * pause / ready / logout, memberships and penalties, waiting callers, and a broadcast to its agents.
 */
export function supervisorPage(app: AppContext): Page {
  const { store, api } = app;
  let view: SupervisorView | null = null;
  const line = resultLine();
  const phone = h('input', { id: 'sup-endpoint', value: app.session.endpoint ?? '', placeholder: 'PJSIP/2001', 'aria-label': 'My phone' });
  const monitorPanel = h('section', { class: 'card', id: 'monitor-panel' });
  const broadcastArea = h('section', { class: 'card', id: 'broadcasts' });
  const queuesLine = h('p', { class: 'muted', id: 'sup-queues' }, 'Loading…');

  const reload = async (): Promise<SupervisorView | undefined> => {
    try {
      view = await supervise.view(api);
      queuesLine.textContent = view.queues.length ? `Your queues: ${view.queues.join(', ')}` : 'You supervise no queue.';
      replace(broadcastArea, h('h2', {}, 'Broadcast'), broadcastForm(app, view.queues), h('ul', { id: 'broadcast-list' }));
      render();
      return view;
    } catch (e) {
      line.fail((e as Error).message);
      return undefined;
    }
  };
  const act = (words: string, call: () => Promise<unknown>) => void runReported(line, call, () => words);

  const agentRows = (): AgentRow[] => (view?.agents ?? []).map((row) => {
    const live = store.acd.agents.get(row.username);
    if (!live) {
      return row;
    }
    const [asteriskId, channelId] = splitCall(live.callId);
    const caller = asteriskId ? store.channel(asteriskId, channelId)?.caller ?? row.caller : null;
    return { ...row, state: live.state, since: live.since, reason: live.reason, nextState: live.nextState, loggedIn: live.queues, callId: live.callId, queue: live.queue, caller };
  });

  const myMonitor = (): MonitorLive | undefined => [...store.acd.monitors.values()].find((m) => m.supervisor === app.session.username);

  const agents = new LiveTable<AgentRow>({
    id: 'sup-agents', key: (a) => a.username, empty: 'No agent in your queues.',
    filterBy: { label: 'States', value: (a) => a.state },
    columns: [
      { title: 'Agent', cell: (a) => h('span', { title: a.endpoint ?? '' }, a.username) },
      { title: 'State', cell: (a) => h('span', { class: `state s-${a.state.toLowerCase()}`, 'data-field': 'state' }, a.state, a.reason && a.state === 'PAUSED' ? ` (${a.reason})` : '', a.nextState ? ` → ${a.nextState}` : '') },
      { title: 'In state', cell: (a) => h('time', { 'data-since': a.since ?? '' }, since(a.since)), className: 'num', text: () => '' },
      { title: 'Logged in to', cell: (a) => a.loggedIn.join(', ') || '—' },
      { title: 'Call', cell: (a) => (a.callId ? `${party(a.caller)} in ${a.queue ?? '?'}` : '—') },
      { title: 'Monitor', className: 'actions', text: () => '', cell: (a) => MODES.map((m) => h('button', { type: 'button', 'data-act': m, disabled: a.state !== 'ON_CALL', onclick: () => act(`${m} ${a.username}: your phone rings`, () => supervise.monitor(api, a.username, m, phone.value.trim())) }, m)) },
      {
        title: 'Agent state', className: 'actions', text: () => '', cell: (a) => [
          h('button', { type: 'button', 'data-act': 'pause', disabled: a.state === 'LOGGED_OUT', onclick: () => pauseDialog(app, a, view?.pauseReasons ?? [], () => app.dialog.close()) }, 'Pause'),
          h('button', { type: 'button', 'data-act': 'ready', disabled: a.state === 'LOGGED_OUT', onclick: () => act(`${a.username}: ready`, () => supervise.ready(api, a.username)) }, 'Ready'),
          h('button', { type: 'button', 'data-act': 'logout', class: 'danger', disabled: a.state === 'LOGGED_OUT', onclick: () => act(`${a.username}: logged out`, () => supervise.logout(api, a.username)) }, 'Log out'),
          h('button', { type: 'button', 'data-act': 'queues', onclick: () => membershipDialog(app, a, view?.queues ?? [], async () => (await reload())?.agents.find((x) => x.username === a.username)) }, 'Queues'),
        ],
      },
    ],
  });

  const waiting = new LiveTable<WaitingRow>({
    id: 'sup-waiting', key: (w) => w.callId, empty: 'Nobody is waiting.',
    filterBy: { label: 'Queues', value: (w) => w.queue },
    columns: [
      { title: 'Queue', cell: (w) => w.queue },
      { title: 'Position', cell: (w) => w.position, className: 'num' },
      { title: 'Caller', cell: (w) => party({ name: w.callerName, number: w.callerNumber }) },
      { title: 'DID', cell: (w) => w.did ?? '—' },
      { title: 'Priority', cell: (w) => w.priority, className: 'num' },
      { title: 'Waiting', cell: (w) => h('time', { 'data-since': w.enqueuedAt }, since(w.enqueuedAt)), className: 'num', text: () => '' },
    ],
  });

  function renderMonitor(): void {
    const m = myMonitor();
    if (!m) {
      replace(monitorPanel, h('h2', {}, 'Listen / whisper / barge'), h('p', { class: 'muted', id: 'monitor-state' }, 'Not monitoring. Pick an agent on a call.'), h('label', { for: 'sup-endpoint' }, 'My phone ', phone));
      return;
    }
    replace(monitorPanel, h('h2', {}, 'Listen / whisper / barge'),
      h('p', { id: 'monitor-state', 'data-state': m.state, 'data-mode': m.mode }, `${m.mode} on ${m.agent}: ${m.state === 'ringing' ? `your phone ${m.endpoint} rings` : 'connected'}`),
      h('div', { class: 'inline-form' },
        MODES.filter((x) => x !== m.mode).map((x) => h('button', { type: 'button', 'data-switch': x, onclick: () => act(`Switched to ${x}`, () => supervise.switchMode(api, m.id, x)) }, `Switch to ${x}`)),
        h('button', { type: 'button', class: 'danger', id: 'monitor-stop', onclick: () => act('Stopped', () => supervise.stop(api, m.id)) }, 'Stop')));
  }

  function render(): void {
    agents.update(agentRows());
    const rows: WaitingRow[] = [];
    const queues = new Set(view?.queues ?? []);
    store.acd.waiting.forEach((callers, queue) => {
      if (queues.has(queue)) {
        callers.forEach((c) => rows.push({ ...c, queue }));
      }
    });
    waiting.update(rows);
    renderMonitor();
    const list = broadcastArea.querySelector('#broadcast-list');
    if (list) {
      replace(list, store.acd.recentBroadcasts().filter((b) => b.queues.some((q) => queues.has(q))).slice(0, 5)
        .map((b) => h('li', {}, h('strong', {}, b.from), ` → ${b.queues.join(', ')}: ${b.text}`)));
    }
  }

  void reload();
  const unsubscribe = onStoreChange(store, render);
  const el = h('div', {}, h('h1', {}, 'Supervisor'), queuesLine, line.el,
    h('div', { class: 'cards' }, monitorPanel, broadcastArea),
    h('h2', {}, 'Agents'), agents.el, h('h2', {}, 'Waiting callers'), waiting.el);
  return { title: 'Supervisor', el, dispose: unsubscribe };
}

function splitCall(callId: string | null): [string, string] {
  if (!callId) {
    return ['', ''];
  }
  const i = callId.lastIndexOf(':');
  return [callId.slice(0, i), callId.slice(i + 1)];
}

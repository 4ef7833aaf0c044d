import { ApiError, type Api, type DeskCall, type LiveConnection, type LiveStore, type SessionInfo } from '../live';
import { resultLine } from '../ui/actionForm';
import { onStoreChange } from '../ui/app';
import { h } from '../ui/dom';
import { mergeAgent, type AgentView } from './agentState';
import { BroadcastBar } from './broadcastBar';
import { DismissedBroadcasts } from './broadcasts';
import { CallPanel, type Disposition } from './callPanel';
import { HistoryPanel } from './historyPanel';
import { StatePanel, type PauseReason } from './statePanel';

/** How often the state is re-read while the live feed is down (it normally arrives as live deltas). */
const POLL_MS = 3000;

/** GET /api/desk (DESK_API.md): everything for the first render. */
interface DeskView { agent: AgentView; call: DeskCall | null; pauseReasons: PauseReason[]; dispositions: Disposition[] }

/**
 * The agent desktop: the agent's ACD state with its buttons, the offered or current call with its controls, the
 * agent's call history and supervisor broadcasts. Every command answers with the new state; the live feed
 * (agentUpsert, deskCall, broadcast) keeps it current in between; while the feed is down the desk polls.
 */
export class Desk {
  readonly el: HTMLElement;
  private agent: AgentView | null = null;
  private readonly result = resultLine();
  private readonly state: StatePanel;
  private readonly call: CallPanel;
  private readonly history: HistoryPanel;
  private readonly broadcasts: BroadcastBar;
  private readonly agentPath: string;

  constructor(private readonly api: Api, private readonly store: LiveStore, private readonly link: LiveConnection,
    private readonly session: SessionInfo) {
    this.agentPath = `/api/acd/agents/${encodeURIComponent(session.username)}`;
    this.state = new StatePanel(session.queues ?? [], {
      login: (queues) => this.agentCommand('Logged in', 'POST', '/login', queues === null ? {} : { queues }),
      ready: () => this.agentCommand('Ready', 'POST', '/ready'),
      pause: (reason) => this.agentCommand(`Paused (${this.state.reasonLabel(reason)})`, 'POST', '/pause', { reason }),
      logout: () => this.agentCommand('Logged out of the queues', 'POST', '/logout'),
      nextStatus: (state, reason) => this.agentCommand('Next status set', 'PUT', '/next-status', reason ? { state, reason } : { state }),
      endWrapUp: () => this.agentCommand('Wrap-up ended', 'POST', '/end-wrap-up'),
    });
    this.call = new CallPanel(api, {
      control: (path, body, done) => this.callCommand(path, body, done ?? 'Done'),
      transfer: (to, target, keep) => this.callCommand('transfer', to === 'queue' ? { to, target, keepEnqueueTime: keep } : { to, target },
        `Transferred to ${to} ${target}`),
      consult: (to, target) => this.callCommand('consult', { to, target }, `Consulting ${target}`),
    }, (text) => this.result.fail(text));
    this.history = new HistoryPanel(api);
    this.broadcasts = new BroadcastBar(new DismissedBroadcasts(`desk.dismissed.${session.username}`, sessionStorageOrNull()));
    this.result.el.id = 'desk-result';
    this.el = h('div', { class: 'desk' }, this.broadcasts.el, this.result.el,
      h('div', { class: 'desk-grid' }, this.state.el, this.call.el, this.history.el));
  }

  async start(): Promise<() => void> {
    await this.load();
    void this.history.load(0);
    const unsubscribe = onStoreChange(this.store, () => this.fromStore());
    const poll = setInterval(() => {
      if (this.link.state.kind !== 'live') {
        void this.refresh();
      }
    }, POLL_MS);
    return () => {
      unsubscribe();
      clearInterval(poll);
    };
  }

  private async load(): Promise<void> {
    try {
      const desk = await this.api.get<DeskView>('/api/desk');
      this.state.setPauseReasons(desk.pauseReasons ?? []);
      const dispositions = desk.dispositions ?? [];
      this.call.setDispositions(dispositions);
      this.history.dispositionLabel = (code) => dispositions.find((d) => d.code === code)?.label || code;
      this.showAgent(desk.agent);
      this.showCall(desk.call);
    } catch (e) {
      this.result.fail(words(e));
      // at least the state buttons: the agent can still log in, pause and take calls on the phone
      await this.refresh();
      this.state.setPauseReasons(await this.api.get<PauseReason[]>('/api/admin/acd/pause-reasons').catch(() => []));
      this.state.update(this.agent);
    }
  }

  /** Re-reads agent and call over REST (the live feed is down). */
  private async refresh(): Promise<void> {
    try {
      this.showAgent(await this.api.get<AgentView>(this.agentPath));
      this.showCall(await this.api.get<DeskCall>('/api/desk/call').catch((e) => {
        if (e instanceof ApiError && e.status === 404) {
          return null; // desk-no-call: idle
        }
        throw e;
      }));
    } catch (e) {
      this.result.fail(words(e));
    }
  }

  private fromStore(): void {
    if (this.store.seq < 0) {
      return; // no snapshot yet: the store knows nothing
    }
    const live = this.store.acd.agents.get(this.session.username);
    if (live) {
      this.showAgent(live);
    }
    this.showCall(this.store.acd.deskCalls.get(this.session.username) ?? null);
    const queues = this.agent?.queues?.length ? this.agent.queues : this.session.queues ?? [];
    this.broadcasts.update(this.store.acd.recentBroadcasts(), queues);
  }

  /** Runs one call and shows its outcome in words (the problem JSON's detail, ARI's message included). */
  private async run<T>(done: string, call: () => Promise<T>): Promise<T | undefined> {
    this.result.busy();
    this.el.classList.add('busy');
    try {
      const r = await call();
      this.result.ok(done);
      return r;
    } catch (e) {
      this.result.fail(words(e));
      return undefined;
    } finally {
      this.el.classList.remove('busy');
    }
  }

  private async agentCommand(done: string, method: string, path: string, body?: unknown): Promise<void> {
    const view = await this.run(done, () => this.api.request<AgentView>(method, this.agentPath + path, body));
    if (view) {
      this.showAgent(view);
    }
  }

  private async callCommand(path: string, body: unknown, done: string): Promise<void> {
    const call = this.call.current;
    if (!call) {
      return;
    }
    const updated = await this.run(done, () => this.api.post<DeskCall>(`/api/desk/calls/${encodeURIComponent(call.callId)}/${path}`, body));
    if (updated) {
      this.showCall(updated);
    }
  }

  private showAgent(agent: AgentView): void {
    this.agent = mergeAgent(this.agent, agent);
    this.state.update(this.agent);
  }

  private showCall(call: DeskCall | null): void {
    const before = this.call.current;
    this.call.update(call);
    if (before && (!call || (call.state === 'wrapup' && before.state !== 'wrapup') || call.callId !== before.callId)) {
      void this.history.load(0); // a call just ended: it belongs in the history now
    }
  }
}

function words(e: unknown): string {
  return e instanceof ApiError ? e.message : `Failed: ${(e as Error).message}`;
}

function sessionStorageOrNull(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

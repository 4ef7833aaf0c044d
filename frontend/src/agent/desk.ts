import { ApiError, type Api, type LiveConnection, type LiveStore, type SessionInfo } from '../live';
import { resultLine } from '../ui/actionForm';
import { onStoreChange } from '../ui/app';
import { h } from '../ui/dom';
import { mergeAgent, type AgentView } from './agentState';
import { BroadcastBar } from './broadcastBar';
import { DismissedBroadcasts } from './broadcasts';
import { StatePanel, type PauseReason } from './statePanel';

/** How often the state is re-read while the live feed is down (it normally arrives as agentUpsert deltas). */
const POLL_MS = 3000;

/**
 * The agent desktop: the agent's ACD state with its buttons, the offered or current call, broadcasts; every command
 * answers with the new state, the live feed keeps it current in between.
 */
export class Desk {
  readonly el: HTMLElement;
  private agent: AgentView | null = null;
  private readonly result = resultLine();
  private readonly state: StatePanel;
  private readonly broadcasts: BroadcastBar;
  private readonly base: string;
  private readonly listeners: Array<(agent: AgentView | null) => void> = [];

  constructor(private readonly api: Api, private readonly store: LiveStore, private readonly link: LiveConnection,
    private readonly session: SessionInfo) {
    this.base = `/api/acd/agents/${encodeURIComponent(session.username)}`;
    this.state = new StatePanel(session.queues ?? [], {
      login: (queues) => this.command('Logged in', 'POST', '/login', queues === null ? {} : { queues }),
      ready: () => this.command('Ready', 'POST', '/ready'),
      pause: (reason) => this.command(`Paused (${this.state.reasonLabel(reason)})`, 'POST', '/pause', { reason }),
      logout: () => this.command('Logged out of the queues', 'POST', '/logout'),
      nextStatus: (state, reason) => this.command('Next status set', 'PUT', '/next-status', reason ? { state, reason } : { state }),
      endWrapUp: () => this.command('Wrap-up ended', 'POST', '/end-wrap-up'),
    });
    this.broadcasts = new BroadcastBar(new DismissedBroadcasts(`desk.dismissed.${session.username}`, sessionStorageOrNull()));
    this.result.el.id = 'desk-result';
    this.el = h('div', { class: 'desk' }, this.broadcasts.el, this.result.el, h('div', { class: 'desk-grid' }, this.state.el));
  }

  /** Adds a panel (call, history) to the desk's grid; it is told about every agent change. */
  addPanel(el: HTMLElement, onAgent?: (agent: AgentView | null) => void): void {
    this.el.querySelector('.desk-grid')?.appendChild(el);
    if (onAgent) {
      this.listeners.push(onAgent);
      onAgent(this.agent);
    }
  }

  /** The shared result line: panels report their commands' outcome there too. */
  get line(): ReturnType<typeof resultLine> {
    return this.result;
  }

  get me(): AgentView | null {
    return this.agent;
  }

  async start(): Promise<() => void> {
    void this.api.get<PauseReason[]>('/api/admin/acd/pause-reasons')
      .then((r) => {
        this.state.setPauseReasons(r);
        this.state.update(this.agent);
      })
      .catch((e) => this.result.fail(`Pause reasons could not be loaded: ${words(e)}`));
    await this.refresh();
    const unsubscribe = onStoreChange(this.store, () => {
      const live = this.store.agents.get(this.session.username);
      if (live) {
        this.show(mergeAgent(this.agent, live));
      }
      this.broadcasts.update(this.store.broadcasts, this.agent?.queues?.length ? this.agent.queues : this.session.queues ?? []);
    });
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

  async refresh(): Promise<void> {
    try {
      this.show(mergeAgent(this.agent, await this.api.get<AgentView>(this.base)));
    } catch (e) {
      this.result.fail(words(e));
    }
  }

  /** Runs one call, shows its outcome in words; true when it succeeded. */
  async run<T>(done: string | ((r: T) => string), call: () => Promise<T>): Promise<T | undefined> {
    this.result.busy();
    this.el.classList.add('busy');
    try {
      const r = await call();
      this.result.ok(typeof done === 'string' ? done : done(r));
      return r;
    } catch (e) {
      this.result.fail(words(e));
      return undefined;
    } finally {
      this.el.classList.remove('busy');
    }
  }

  private async command(done: string, method: string, path: string, body?: unknown): Promise<void> {
    const view = await this.run(done, () => this.api.request<AgentView>(method, this.base + path, body));
    if (view) {
      this.show(mergeAgent(this.agent, view));
    }
  }

  private show(agent: AgentView): void {
    this.agent = agent;
    this.state.update(agent);
    this.listeners.forEach((l) => l(agent));
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

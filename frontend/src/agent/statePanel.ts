import { h, replace } from '../ui/dom';
import { nextStatusText, stateActions, stateClass, stateLabel, type AgentView } from './agentState';

export interface PauseReason { code: string; label: string | null; position?: number | null }

/** What the state buttons do; each returns when the API answered (errors are shown by the desk). */
export interface StateCommands {
  login(queues: string[] | null): Promise<void>;
  ready(): Promise<void>;
  pause(reason: string): Promise<void>;
  logout(): Promise<void>;
  nextStatus(state: string, reason: string | null): Promise<void>;
  endWrapUp(): Promise<void>;
}

/**
 * The agent's state and the buttons that apply to it. Built once; `update` only shows, hides and fills elements, so
 * keyboard focus stays where the agent left it.
 */
export class StatePanel {
  readonly el: HTMLElement;
  private readonly badge = h('span', { id: 'agent-state', class: 'agent-state' });
  private readonly sinceEl = h('time', { id: 'agent-since', class: 'mono' });
  private readonly detail = h('p', { id: 'agent-detail', class: 'muted' });
  private readonly next = h('p', { id: 'agent-next', class: 'next-status', hidden: true });
  private readonly queueBoxes = h('fieldset', { id: 'login-queues', class: 'queue-picks' });
  private readonly loginForm: HTMLFormElement;
  private readonly readyBtn: HTMLButtonElement;
  private readonly pauseGroup: HTMLElement;
  private readonly pauseSelect = h('select', { id: 'pause-reason', 'aria-label': 'Pause reason' });
  private readonly logoutBtn: HTMLButtonElement;
  private readonly nextGroup: HTMLElement;
  private readonly nextSelect = h('select', { id: 'next-status', 'aria-label': 'After this call' });
  private readonly endWrapBtn: HTMLButtonElement;
  private reasons: PauseReason[] = [];

  constructor(private readonly queues: string[], private readonly commands: StateCommands) {
    this.loginForm = h('form', { id: 'login-form', class: 'desk-row' },
      this.queueBoxes,
      h('button', { type: 'submit', id: 'btn-login', class: 'big primary' }, 'Log in to the queues'));
    this.loginForm.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const picked = [...this.queueBoxes.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      // all ticked = "every queue I am a member of", which also covers queues added after this page loaded
      void this.commands.login(picked.length === this.queues.length ? null : picked);
    });
    this.readyBtn = h('button', { type: 'button', id: 'btn-ready', class: 'big st-ready-btn', 'aria-keyshortcuts': 'Alt+R', onclick: () => void this.commands.ready() }, 'Ready');
    this.pauseGroup = h('div', { class: 'desk-row', id: 'pause-group' }, this.pauseSelect,
      h('button', { type: 'button', id: 'btn-pause', class: 'big st-paused-btn', 'aria-keyshortcuts': 'Alt+P', onclick: () => void this.commands.pause(this.pauseSelect.value) }, 'Pause'));
    this.logoutBtn = h('button', { type: 'button', id: 'btn-logout', class: 'big', onclick: () => void this.commands.logout() }, 'Log out of the queues');
    this.nextGroup = h('div', { class: 'desk-row', id: 'next-group' }, h('label', { for: 'next-status' }, 'After this call'), this.nextSelect,
      h('button', { type: 'button', id: 'btn-next-status', class: 'big', onclick: () => void this.setNext() }, 'Set'));
    this.endWrapBtn = h('button', { type: 'button', id: 'btn-end-wrap-up', class: 'big primary', 'aria-keyshortcuts': 'Alt+W', onclick: () => void this.commands.endWrapUp() }, 'End wrap-up');
    this.el = h('section', { class: 'card desk-state', id: 'state-panel', 'aria-labelledby': 'state-title' },
      h('h2', { id: 'state-title' }, 'My status'),
      h('div', { class: 'state-line' }, this.badge, this.sinceEl), this.detail, this.next,
      this.loginForm, h('div', { class: 'desk-row' }, this.readyBtn, this.endWrapBtn), this.pauseGroup, this.nextGroup,
      h('div', { class: 'desk-row' }, this.logoutBtn));
    this.renderQueues();
  }

  setPauseReasons(reasons: PauseReason[]): void {
    this.reasons = [...reasons].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
    replace(this.pauseSelect, this.reasons.map((r) => h('option', { value: r.code }, r.label || r.code)));
    replace(this.nextSelect,
      h('option', { value: 'READY' }, 'Ready'),
      this.reasons.map((r) => h('option', { value: `PAUSED:${r.code}` }, `Pause: ${r.label || r.code}`)),
      h('option', { value: 'LOGGED_OUT' }, 'Log out'));
  }

  reasonLabel(code: string): string {
    return this.reasons.find((r) => r.code === code)?.label || code;
  }

  update(agent: AgentView | null): void {
    const state = agent?.state ?? null;
    this.badge.className = stateClass(state);
    this.badge.dataset.state = state ?? '';
    this.badge.textContent = agent ? stateLabel(state) : 'Loading…';
    if (agent?.since) {
      this.sinceEl.dataset.since = agent.since;
    } else {
      delete this.sinceEl.dataset.since;
      this.sinceEl.textContent = '';
    }
    this.detail.textContent = agent ? this.describe(agent) : '';
    const next = agent ? nextStatusText(agent, (c) => this.reasonLabel(c)) : null;
    this.next.hidden = next === null;
    this.next.textContent = next ?? '';
    const actions = stateActions(state);
    this.loginForm.hidden = !actions.includes('login');
    this.readyBtn.hidden = !actions.includes('ready');
    this.pauseGroup.hidden = !actions.includes('pause') || this.reasons.length === 0;
    this.logoutBtn.hidden = !actions.includes('logout');
    this.nextGroup.hidden = !actions.includes('nextStatus');
    this.endWrapBtn.hidden = !actions.includes('endWrapUp');
    if (agent?.state === 'PAUSED' && agent.reason && document.activeElement !== this.pauseSelect) {
      this.pauseSelect.value = agent.reason;
    }
  }

  private describe(a: AgentView): string {
    const parts: string[] = [];
    if (a.state === 'PAUSED' && a.reason) {
      parts.push(`Reason: ${this.reasonLabel(a.reason)}`);
    }
    if (a.state !== 'LOGGED_OUT' && a.queues.length > 0) {
      parts.push(`Queues: ${a.queues.join(', ')}`);
    }
    if (a.state === 'LOGGED_OUT' && a.reason) {
      parts.push(`Last: ${a.reason}`);
    }
    if ((a.missedInRow ?? 0) > 0) {
      parts.push(`${a.missedInRow} offer(s) missed in a row`);
    }
    return parts.join(' · ');
  }

  private setNext(): Promise<void> {
    const [state, reason] = this.nextSelect.value.split(':');
    return this.commands.nextStatus(state, reason ?? null);
  }

  private renderQueues(): void {
    replace(this.queueBoxes, h('legend', {}, 'Queues'),
      this.queues.length === 0
        ? h('span', { class: 'muted' }, 'All my queues')
        : this.queues.map((q) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'queue', value: q, checked: true }), q)));
  }
}

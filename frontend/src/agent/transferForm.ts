import type { Api } from '../live';
import { h, replace } from '../ui/dom';

/** GET /api/desk/transfer-targets. */
export interface TransferTargets {
  agents: Array<{ username: string; state: string; queues: string[] }>;
  queues: Array<{ name: string; waiting: number }>;
}

export type TargetKind = 'agent' | 'queue' | 'number';

export interface TransferCommands {
  transfer(to: TargetKind, target: string, keepEnqueueTime: boolean): Promise<unknown>;
  consult(to: 'agent' | 'number', target: string): Promise<unknown>;
}

/**
 * Blind transfer and consult in one form: pick agent / queue / number and the target, then "Blind transfer" or
 * "Consult" (attended, agents and numbers only). Only READY agents can be picked; the list is re-read on demand.
 */
export class TransferForm {
  readonly el: HTMLElement;
  private readonly kind = h('select', { id: 'transfer-kind', 'aria-label': 'Transfer to' },
    h('option', { value: 'agent' }, 'Agent'), h('option', { value: 'queue' }, 'Queue'), h('option', { value: 'number' }, 'Number'));
  private readonly target = h('select', { id: 'transfer-target', 'aria-label': 'Target' });
  private readonly number = h('input', { id: 'transfer-number', type: 'tel', placeholder: 'Number', 'aria-label': 'Number', autocomplete: 'off' });
  private readonly keep = h('input', { id: 'keep-enqueue', type: 'checkbox', checked: true });
  private readonly keepLabel = h('label', { class: 'check', for: 'keep-enqueue' }, this.keep, 'Keep the caller’s place (original wait)');
  private readonly blindBtn: HTMLButtonElement;
  private readonly consultBtn: HTMLButtonElement;
  private targets: TransferTargets = { agents: [], queues: [] };
  private allowBlind = false;
  private allowConsult = false;

  constructor(private readonly api: Api, private readonly commands: TransferCommands, private readonly fail: (text: string) => void) {
    this.blindBtn = h('button', { type: 'button', id: 'btn-transfer', class: 'big', onclick: () => void this.blind() }, 'Blind transfer');
    this.consultBtn = h('button', { type: 'button', id: 'btn-consult', class: 'big', onclick: () => void this.consult() }, 'Consult');
    this.kind.addEventListener('change', () => this.render());
    this.el = h('div', { id: 'transfer-form', class: 'transfer' }, h('h3', {}, 'Transfer'),
      h('div', { class: 'desk-row' }, this.kind, this.target, this.number,
        h('button', { type: 'button', id: 'btn-refresh-targets', title: 'Reload agents and queues', onclick: () => void this.load() }, '↻')),
      h('div', { class: 'desk-row' }, this.keepLabel),
      h('div', { class: 'desk-row' }, this.blindBtn, this.consultBtn));
    this.render();
  }

  /** Which of the two buttons the call allows now; the form hides when neither. */
  allow(blind: boolean, consult: boolean): void {
    const was = this.allowBlind || this.allowConsult;
    this.allowBlind = blind;
    this.allowConsult = consult;
    this.el.hidden = !blind && !consult;
    if (!was && !this.el.hidden) {
      void this.load(); // a fresh list each time the form appears: agents' states change all the time
    }
    this.render();
  }

  async load(): Promise<void> {
    try {
      this.targets = await this.api.get<TransferTargets>('/api/desk/transfer-targets');
    } catch (e) {
      this.fail(`Transfer targets could not be loaded: ${(e as Error).message}`);
    }
    this.render();
  }

  private render(): void {
    const kind = this.kind.value as TargetKind;
    this.number.hidden = kind !== 'number';
    this.target.hidden = kind === 'number';
    this.keepLabel.hidden = kind !== 'queue';
    this.blindBtn.hidden = !this.allowBlind;
    this.consultBtn.hidden = !this.allowConsult || kind === 'queue';
    const keep = this.target.value;
    if (kind === 'agent') {
      replace(this.target, this.targets.agents.length === 0 ? h('option', { value: '' }, 'No other agents') : this.targets.agents.map((a) =>
        h('option', { value: a.username, disabled: a.state !== 'READY' }, `${a.username} — ${a.state === 'READY' ? 'ready' : a.state.toLowerCase().replace('_', ' ')}`)));
    } else if (kind === 'queue') {
      replace(this.target, this.targets.queues.map((q) => h('option', { value: q.name }, `${q.name} (${q.waiting} waiting)`)));
    }
    if ([...this.target.options].some((o) => o.value === keep && !o.disabled)) {
      this.target.value = keep;
    } else {
      const first = [...this.target.options].find((o) => !o.disabled);
      this.target.value = first ? first.value : '';
    }
  }

  private chosen(): { kind: TargetKind; target: string } | null {
    const kind = this.kind.value as TargetKind;
    const target = kind === 'number' ? this.number.value.trim() : this.target.value;
    if (!target) {
      this.fail(kind === 'number' ? 'Enter the number to transfer to.' : `Choose ${kind === 'agent' ? 'a ready agent' : 'a queue'} first.`);
      return null;
    }
    return { kind, target };
  }

  private async blind(): Promise<void> {
    const c = this.chosen();
    if (c) {
      await this.commands.transfer(c.kind, c.target, this.keep.checked);
    }
  }

  private async consult(): Promise<void> {
    const c = this.chosen();
    if (c && c.kind !== 'queue') {
      await this.commands.consult(c.kind, c.target);
    }
  }
}

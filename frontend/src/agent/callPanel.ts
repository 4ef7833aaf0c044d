import type { DeskCall } from '../live';
import { h, replace } from '../ui/dom';
import { duration } from '../ui/format';
import { callControls, callerText, callStateText, holdSeconds, talkSeconds, waitSeconds, type CallControl } from './callLogic';
import { keypad } from './keypad';
import { TransferForm, type TransferCommands } from './transferForm';
import type { Api } from '../live';
import { formatWait, waitLevel } from './waitTime';

export interface Disposition { code: string; label: string }

/** The call commands behind the buttons (desk.ts sends them and shows the outcome). */
export interface CallCommands extends TransferCommands {
  control(path: string, body?: unknown, done?: string): Promise<unknown>;
}

/**
 * The offered or current call: who, which queue, how long the caller waited (ticking), and the controls that
 * apply in its state. Built once; `update` shows and hides, so focus stays put.
 */
export class CallPanel {
  readonly el: HTMLElement;
  private call: DeskCall | null = null;
  private readonly idle = h('p', { id: 'call-idle', class: 'muted' }, 'No call.');
  private readonly info = h('div', { id: 'call-info' });
  private readonly stateText = h('p', { id: 'call-state', class: 'call-state', 'aria-live': 'polite' });
  private readonly caller = h('div', { id: 'call-caller', class: 'call-caller' });
  private readonly queue = h('dd', { id: 'call-queue' });
  private readonly wait = h('span', { id: 'call-wait', class: 'wait' });
  private readonly talk = h('dd', { id: 'call-talk', class: 'mono' });
  private readonly hold = h('dd', { id: 'call-hold', class: 'mono' });
  private readonly flags = h('p', { id: 'call-flags', class: 'muted' });
  private readonly buttons = new Map<CallControl, HTMLElement>();
  private readonly keypadBox: HTMLElement;
  private readonly transfer: TransferForm;
  private readonly dispositionGroup: HTMLElement;
  private readonly dispositionSelect = h('select', { id: 'disposition', 'aria-label': 'Disposition' });
  private dispositions: Disposition[] = [];

  constructor(api: Api, private readonly commands: CallCommands, fail: (text: string) => void) {
    const b = (control: CallControl, id: string, label: string, path: string, cls = 'big', keys?: string, body?: unknown) => {
      const el = h('button', { type: 'button', id, class: cls, 'aria-keyshortcuts': keys, onclick: () => void this.commands.control(path, body, label) }, label);
      this.buttons.set(control, el);
      return el;
    };
    this.keypadBox = keypad((digits) => this.commands.control('dtmf', { digits }, `Sent ${digits}`));
    this.transfer = new TransferForm(api, commands, fail);
    const setDisposition = h('button', { type: 'button', id: 'btn-disposition', class: 'big primary', onclick: () => void this.commands.control('disposition', { code: this.dispositionSelect.value }, 'Disposition saved') }, 'Set disposition');
    this.dispositionGroup = h('div', { id: 'disposition-group' }, h('h3', {}, 'Disposition'),
      h('div', { class: 'desk-row' }, this.dispositionSelect, setDisposition), h('p', { id: 'call-disposition', class: 'muted' }));
    this.buttons.set('disposition', this.dispositionGroup);
    this.el = h('section', { class: 'card desk-call', id: 'call-panel', 'aria-labelledby': 'call-title' },
      h('h2', { id: 'call-title' }, 'Call'), this.idle,
      h('div', { id: 'call-body' },
        this.stateText, this.caller,
        h('dl', { class: 'kv' }, h('dt', {}, 'Queue'), this.queue, h('dt', {}, 'Waited'), h('dd', {}, this.wait),
          h('dt', {}, 'Talk'), this.talk, h('dt', {}, 'On hold'), this.hold),
        this.flags, this.info,
        h('div', { class: 'desk-row' },
          b('hangup', 'btn-hangup', 'Hang up', 'hangup', 'big danger', 'Alt+X'),
          b('hold', 'btn-hold', 'Hold', 'hold', 'big', 'Alt+H'), b('unhold', 'btn-unhold', 'Resume', 'unhold', 'big on', 'Alt+H'),
          b('mute', 'btn-mute', 'Mute', 'mute', 'big', 'Alt+M'), b('unmute', 'btn-unmute', 'Unmute', 'unmute', 'big on', 'Alt+M'),
          b('recordStart', 'btn-record-start', 'Start recording', 'recording/start'), b('recordStop', 'btn-record-stop', 'Stop recording', 'recording/stop', 'big on')),
        h('div', { class: 'desk-row' },
          b('consultComplete', 'btn-consult-complete', 'Complete transfer', 'consult/complete', 'big primary'),
          b('conference', 'btn-conference', 'Three-way conference', 'conference'),
          b('consultCancel', 'btn-consult-cancel', 'Cancel consult', 'consult/cancel')),
        this.transfer.el, this.keypadBox, this.dispositionGroup));
    this.buttons.set('dtmf', this.keypadBox);
    setInterval(() => this.tick(), 1000);
    this.update(null);
  }

  setDispositions(list: Disposition[]): void {
    this.dispositions = list;
    replace(this.dispositionSelect, list.map((d) => h('option', { value: d.code }, d.label || d.code)));
    this.update(this.call);
  }

  get current(): DeskCall | null {
    return this.call;
  }

  update(call: DeskCall | null): void {
    this.call = call;
    (this.el.querySelector('#call-body') as HTMLElement).hidden = call === null;
    this.idle.hidden = call !== null;
    this.el.dataset.state = call?.state ?? 'none';
    const controls = callControls(call);
    this.buttons.forEach((el, control) => { el.hidden = !controls.includes(control); });
    if (this.dispositions.length === 0) {
      this.dispositionGroup.hidden = true;
    }
    this.transfer.allow(controls.includes('transfer'), controls.includes('consult'));
    if (!call) {
      return;
    }
    this.stateText.textContent = callStateText(call);
    this.caller.textContent = callerText(call);
    this.queue.textContent = [call.queue, call.did ? `(DID ${call.did})` : null].filter(Boolean).join(' ') || '—';
    const flags: string[] = [];
    if (call.muted) {
      flags.push(`Muted (${call.muted === 'in' ? 'caller cannot hear you' : call.muted})`);
    }
    if (call.recording) {
      flags.push(`● Recording ${call.recording.name}`);
    }
    this.flags.textContent = flags.join(' · ');
    const current = this.dispositions.find((d) => d.code === call.disposition);
    (this.el.querySelector('#call-disposition') as HTMLElement).textContent = call.disposition
      ? `Saved: ${current?.label ?? call.disposition}` : 'No disposition yet.';
    this.tick();
  }

  private tick(): void {
    const call = this.call;
    if (!call) {
      return;
    }
    const now = Date.now();
    const waited = waitSeconds(call, now);
    this.wait.textContent = formatWait(waited);
    this.wait.className = `wait ${call.answeredAt ? 'ok' : waitLevel(waited)}`;
    this.talk.textContent = call.answeredAt ? duration(talkSeconds(call, now)) : '—';
    this.hold.textContent = duration(holdSeconds(call, now));
  }
}

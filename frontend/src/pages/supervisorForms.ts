import type { AppContext } from '../ui/app';
import { resultLine, runReported } from '../ui/actionForm';
import { h, replace } from '../ui/dom';
import { supervise, type AgentRow } from './supervisorApi';

/** The pause dialog: a reason from the configured list, then POST pause (the agent's next status while on a call). */
export function pauseDialog(app: AppContext, agent: AgentRow, reasons: Array<{ code: string; label: string }>, done: () => void): void {
  const line = resultLine();
  const select = h('select', { id: 'pause-reason', name: 'reason' }, reasons.map((r) => h('option', { value: r.code }, r.label)));
  const submit = h('button', { type: 'submit', class: 'primary', id: 'pause-submit' }, 'Pause');
  const form = h('form', { class: 'action-form' }, h('label', { for: 'pause-reason' }, 'Reason', select),
    h('div', { class: 'form-actions' }, submit), line.el);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    submit.disabled = true;
    const r = await runReported(line, () => supervise.pause(app.api, agent.username, select.value),
      () => `${agent.username} paused (${select.value})`);
    submit.disabled = false;
    if (r !== undefined) {
      done();
    }
  });
  app.dialog.show(`Pause ${agent.username}`, h('p', { class: 'summary' },
    agent.state === 'ON_CALL' ? 'On a call: the pause starts when the call and its wrap-up end.' : `Now ${agent.state}.`), form);
}

/** Memberships of one agent: penalty per queue this supervisor may change, remove, and add one of its queues. */
export function membershipDialog(app: AppContext, agent: AgentRow, myQueues: string[], changed: () => Promise<AgentRow | undefined>): void {
  const line = resultLine();
  const body = h('div', { id: 'membership-editor' });
  const act = async (call: () => Promise<unknown>, words: string) => {
    if (await runReported(line, call, () => words) !== undefined) {
      const fresh = await changed();
      if (fresh) {
        render(fresh);
      }
    }
  };
  const render = (a: AgentRow) => {
    const rows = a.memberships.map((m) => {
      const penalty = h('input', { type: 'number', min: 0, value: m.penalty, name: `penalty-${m.queue}`, disabled: !m.supervised, 'aria-label': `Penalty in ${m.queue}` });
      return h('tr', { 'data-queue': m.queue }, h('td', {}, m.queue), h('td', {}, penalty), h('td', {}, m.supervised ? [
        h('button', { type: 'button', 'data-act': 'save-penalty', onclick: () => act(() => supervise.setPenalty(app.api, a.username, m.queue, Number(penalty.value)), `Penalty in ${m.queue} set to ${penalty.value}`) }, 'Save'),
        ' ',
        h('button', { type: 'button', class: 'danger', 'data-act': 'remove-membership', onclick: () => act(() => supervise.removeMembership(app.api, a.username, m.queue), `Removed from ${m.queue}`) }, 'Remove'),
      ] : h('span', { class: 'muted' }, 'not yours')));
    });
    const addable = myQueues.filter((q) => !a.memberships.some((m) => m.queue === q));
    const addQueue = h('select', { name: 'add-queue', id: 'add-queue' }, addable.map((q) => h('option', { value: q }, q)));
    const addPenalty = h('input', { type: 'number', min: 0, value: 0, id: 'add-penalty', 'aria-label': 'Penalty' });
    replace(body,
      h('div', { class: 'table-wrap small' }, h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Queue'), h('th', {}, 'Penalty'), h('th', {}, ''))), h('tbody', {}, rows))),
      addable.length ? h('div', { class: 'inline-form' }, addQueue, addPenalty,
        h('button', { type: 'button', id: 'add-membership', onclick: () => act(() => supervise.setPenalty(app.api, a.username, addQueue.value, Number(addPenalty.value)), `Added to ${addQueue.value}`) }, 'Add to queue'))
        : h('p', { class: 'muted' }, 'Member of all your queues.'),
      line.el);
  };
  render(agent);
  app.dialog.show(`Queues of ${agent.username}`, h('p', { class: 'summary' }, 'Lower penalty is offered calls first. Changes apply at once.'), body);
}

/** Broadcast: a short text to the agents of the ticked queues (of this supervisor's). */
export function broadcastForm(app: AppContext, queues: string[], maxLength = 280): HTMLElement {
  const line = resultLine();
  const text = h('textarea', { id: 'broadcast-text', name: 'text', rows: 2, maxLength, required: true, placeholder: 'Short message to the agents' });
  const boxes = queues.map((q) => h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'queue', value: q, checked: true }), ` ${q}`));
  const submit = h('button', { type: 'submit', class: 'primary', id: 'broadcast-send' }, 'Send');
  const form = h('form', { class: 'action-form wide', id: 'broadcast-form' },
    h('label', { for: 'broadcast-text' }, `Message (at most ${maxLength} characters)`, text),
    h('fieldset', { class: 'queues' }, h('legend', {}, 'To the agents of'), boxes),
    h('div', { class: 'form-actions' }, submit), line.el);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name=queue]:checked')].map((i) => i.value);
    submit.disabled = true;
    const r = await runReported(line, () => supervise.broadcast(app.api, text.value, chosen), (b) => `Sent to ${b.queues.join(', ')}`);
    submit.disabled = false;
    if (r !== undefined) {
      text.value = '';
    }
  });
  return form;
}

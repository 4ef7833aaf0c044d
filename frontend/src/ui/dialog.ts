import type { Api } from '../live';
import type { ActionSpec } from '../actions/spec';
import { actionForm } from './actionForm';
import { h, replace, type Child } from './dom';

/** The one modal of the app: a title, a menu of actions and the chosen action's form. */
export class ActionDialog {
  readonly el: HTMLDialogElement;
  private readonly title = h('h2', { id: 'dialog-title' });
  private readonly body = h('div', { class: 'dialog-body' });

  constructor() {
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => this.close() }, '×');
    this.el = h('dialog', { id: 'action-dialog', 'aria-labelledby': 'dialog-title' }, h('header', {}, this.title, close), this.body);
    document.body.appendChild(this.el);
  }

  show(title: string, ...content: Child[]): void {
    this.title.textContent = title;
    replace(this.body, ...content);
    if (!this.el.open) {
      this.el.showModal();
    }
  }

  close(): void {
    if (this.el.open) {
      this.el.close();
    }
  }

  /** A menu of actions for one target; picking one shows its form under the menu. */
  menu<C>(api: Api, title: string, summary: Child, specs: ActionSpec<C>[], ctx: C): void {
    const formArea = h('div', { class: 'form-area' });
    const buttons = specs.map((spec) => h('button', {
      type: 'button', class: spec.danger ? 'menu-item danger' : 'menu-item', 'data-menu': spec.id,
      onclick: (ev: Event) => {
        this.el.querySelectorAll('.menu-item').forEach((b) => b.classList.remove('chosen'));
        (ev.currentTarget as HTMLElement).classList.add('chosen');
        replace(formArea, actionForm(api, spec, ctx));
        formArea.querySelector<HTMLElement>('input, select, button[type=submit]')?.focus();
      },
    }, spec.label));
    this.show(title, h('div', { class: 'summary' }, summary), h('div', { class: 'menu' }, buttons), formArea);
  }
}

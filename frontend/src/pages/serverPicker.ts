import { serverNames, type AppContext } from '../ui/app';
import { h, replace } from '../ui/dom';

/**
 * Opens the dialog with a server-level form; with several Asterisk servers a select chooses which one the form
 * acts on (the form is rebuilt for it).
 */
export function serverPicker(app: AppContext, title: string, form: (server: string) => HTMLElement): void {
  const names = serverNames(app.store);
  if (names.length === 0) {
    app.dialog.show(title, h('p', { class: 'result err' }, 'No Asterisk server is known yet: wait for the live feed.'));
    return;
  }
  const area = h('div', {}, form(names[0]));
  const select = h('select', { 'aria-label': 'Server', onchange: () => replace(area, form(select.value)) },
    names.map((n) => h('option', { value: n }, n)));
  app.dialog.show(title, names.length > 1 ? h('label', {}, 'Server', select) : null, area);
}

/** Inline variant for pages: a server select (hidden with one server) in front of a form that follows it. */
export function serverScoped(app: AppContext, form: (server: string) => HTMLElement, disposers: Array<() => void>): HTMLElement {
  const area = h('div', {});
  const select = h('select', { 'aria-label': 'Server', onchange: () => replace(area, form(select.value)) });
  const wrap = h('div', { class: 'server-scoped' }, h('label', { class: 'server-label' }, 'Server ', select), area);
  const fill = () => {
    const names = serverNames(app.store);
    const have = [...select.options].map((o) => o.value).join(',');
    if (have !== names.join(',')) {
      const current = select.value;
      replace(select, names.map((n) => h('option', { value: n }, n)));
      select.value = names.includes(current) ? current : (names[0] ?? '');
      (select.parentElement as HTMLElement).hidden = names.length < 2;
      replace(area, names.length ? form(select.value) : h('p', { class: 'muted' }, 'Waiting for the live feed…'));
    }
  };
  fill();
  disposers.push(app.store.subscribe(fill));
  return wrap;
}

import { resultLine, runReported } from './actionForm';
import { h, replace, type Child } from './dom';

/** A card whose content is fetched on "Load" (and again on "Refresh"); failures are shown in words. */
export function loader<T>(id: string, title: string, fetchIt: () => Promise<T>, render: (data: T) => Child, wide = false): HTMLElement {
  const body = h('div', { class: 'card-body' });
  const line = resultLine();
  const button = h('button', {
    type: 'button', 'data-load': id,
    onclick: async () => {
      const data = await runReported(line, fetchIt, (d) => (Array.isArray(d) ? `${d.length} item(s)` : 'Loaded'));
      if (data !== undefined) {
        replace(body, render(data));
        button.textContent = 'Refresh';
      }
    },
  }, 'Load');
  return h('section', { class: wide ? 'card wide' : 'card', id: `sys-${id}` }, h('h2', {}, title, ' ', button), line.el, body);
}

/** A small static table (system panel lists). */
export function table(headers: string[], rows: Child[][]): HTMLElement {
  return h('div', { class: 'table-wrap small' }, h('table', {},
    h('thead', {}, h('tr', {}, headers.map((t) => h('th', {}, t)))),
    h('tbody', {}, rows.length ? rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))) : h('tr', {}, h('td', { colSpan: headers.length }, 'None.')))));
}


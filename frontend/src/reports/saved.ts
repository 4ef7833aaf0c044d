import type { Api } from '../live';
import { h, replace } from '../ui/dom';
import { hashFor, type Params } from './params';
import type { ReportKind, SavedDefinition } from './types';

const BASE = '/api/reports/definitions';

/** The user's saved definitions of this report: run (a link), delete, and save the current parameters under a name. */
export function savedPanel(api: Api, kind: ReportKind, current: () => Params): HTMLElement {
  const list = h('ul', { class: 'saved-list', id: 'saved-list' });
  const status = h('span', { class: 'result', id: 'saved-status', role: 'status' });
  const say = (ok: boolean, text: string): void => {
    status.className = `result ${ok ? 'ok' : 'err'}`;
    status.textContent = text;
  };
  const load = async (): Promise<void> => {
    try {
      const all = (await api.get<SavedDefinition[]>(BASE)).filter((d) => d.type === kind);
      replace(list, all.length === 0 ? h('li', { class: 'muted' }, 'No saved reports yet.') : all.map((d) => h('li', { 'data-id': String(d.id) },
        h('a', { href: hashFor({ page: 'report', kind, params: d.parameters }), class: 'saved-run' }, d.name), ' ',
        h('button', { type: 'button', class: 'danger small', onclick: () => void remove(d) }, 'Delete'))));
    } catch (e) {
      say(false, (e as Error).message);
    }
  };
  const remove = async (d: SavedDefinition): Promise<void> => {
    try {
      await api.delete(`${BASE}/${d.id}`);
      say(true, `Deleted “${d.name}”.`);
      await load();
    } catch (e) {
      say(false, (e as Error).message);
    }
  };
  const name = h('input', { name: 'name', id: 'saved-name', placeholder: 'Name, e.g. Sales last week', required: true, maxLength: 100 });
  const form = h('form', { class: 'inline-form', id: 'save-form' }, name,
    h('button', { type: 'submit', id: 'save-report' }, 'Save these parameters'));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      await api.post(BASE, { name: name.value, type: kind, parameters: current() });
      say(true, `Saved “${name.value}”.`);
      name.value = '';
      await load();
    } catch (err) {
      say(false, (err as Error).message);
    }
  });
  void load();
  return h('section', { class: 'saved', id: 'saved' }, h('h2', {}, 'Saved reports'), list, form, status);
}

import { ApiError, type Api } from '../live';
import { defaultBody, resultInWords, type ActionSpec, type Values } from '../actions/spec';
import { h } from './dom';

/** Says in words how a call ended: the server's message, or the error (ARI's included). */
export function resultLine(): { el: HTMLElement; ok(text: string): void; fail(text: string): void; busy(): void } {
  const el = h('p', { class: 'result', role: 'status', 'aria-live': 'polite' });
  return {
    el,
    ok(text) { el.className = 'result ok'; el.textContent = text; },
    fail(text) { el.className = 'result err'; el.textContent = text; },
    busy() { el.className = 'result busy'; el.textContent = 'Working…'; },
  };
}

/** Runs an API call and reports it on a result line; returns the answer or undefined when it failed. */
export async function runReported<T>(line: ReturnType<typeof resultLine>, call: () => Promise<T>, words: (r: T) => string): Promise<T | undefined> {
  line.busy();
  try {
    const r = await call();
    line.ok(words(r));
    return r;
  } catch (e) {
    line.fail(e instanceof ApiError ? e.message : `Failed: ${(e as Error).message}`);
    return undefined;
  }
}

/**
 * The form of one action: its fields, a submit button named after it, and the result line. `done` runs after a
 * success (e.g. to close a dialog once the live feed shows the change).
 */
export function actionForm<C>(api: Api, spec: ActionSpec<C>, ctx: C, done?: (result: unknown) => void): HTMLFormElement {
  const line = resultLine();
  const rows = (spec.fields ?? []).map((f) => {
    const id = `f-${spec.id}-${f.name}`;
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (f.kind === 'select') {
      const options = (f.options?.(ctx) ?? []).map((o) => h('option', { value: o }, o));
      input = h('select', { id, name: f.name }, f.optional ? h('option', { value: '' }, '(default)') : null, options);
    } else if (f.kind === 'variables') {
      input = h('textarea', { id, name: f.name, rows: 2, placeholder: f.placeholder ?? '' });
    } else {
      const listId = f.suggest ? `${id}-list` : undefined;
      input = h('input', {
        id, name: f.name, type: f.kind === 'number' ? 'number' : 'text', placeholder: f.placeholder ?? '',
        required: !f.optional, list: listId, value: f.value ?? '',
      });
      if (f.suggest && listId) {
        return h('label', { for: id }, f.label, input, h('datalist', { id: listId }, f.suggest(ctx).map((s) => h('option', { value: s }))));
      }
    }
    return h('label', { for: id }, f.label, input);
  });
  const submit = h('button', { type: 'submit', class: spec.danger ? 'danger' : 'primary', 'data-action': spec.id }, spec.label);
  const form = h('form', { class: 'action-form', 'data-form': spec.id }, rows, h('div', { class: 'form-actions' }, submit), line.el);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values: Values = {};
    form.querySelectorAll<HTMLInputElement>('[name]').forEach((i) => { values[i.name] = i.value; });
    const body = spec.method === 'DELETE' ? undefined : (spec.body ? spec.body(values) : defaultBody(spec.fields, values));
    submit.disabled = true;
    const r = await runReported(line, () => api.request<unknown>(spec.method, spec.path(ctx, values), body),
      (res) => resultInWords(spec.label, res));
    submit.disabled = false;
    if (r !== undefined || line.el.classList.contains('ok')) {
      done?.(r);
    }
  });
  return form;
}

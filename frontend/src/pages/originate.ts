import { ApiError } from '../live';
import { enc } from '../actions/spec';
import { serverNames, type AppContext, type Page } from '../ui/app';
import { h, replace } from '../ui/dom';

/** The originate record of POST/GET /api/originate (CONSOLE_API.md). */
export interface OriginateRecord {
  id: string; server: string; endpoint: string; channelId: string | null;
  status: 'dialing' | 'up' | 'completed' | 'error'; message: string | null; cause: number | null; causeTxt: string | null;
  durationSeconds: number | null; startedAt: string | null; answeredAt: string | null; endedAt: string | null;
}

const FINAL = new Set(['completed', 'error']);

/**
 * Originate a call into the dialplan (the seed's ari_originate.py as a form): follows the call by long-polling
 * until it ends, then shows status, message ("Normal Clearing (16)") and duration.
 */
export function originatePage(app: AppContext): Page {
  let disposed = false;
  const field = (name: string, label: string, attrs: Record<string, string | number | boolean> = {}) =>
    h('label', { for: `o-${name}` }, label, h('input', { id: `o-${name}`, name, ...attrs }));
  const servers = serverNames(app.store);
  const endpoints = app.store.endpoints().map((e) => `${e.technology}/${e.resource}`);
  const result = h('section', { class: 'card', id: 'originate-result', hidden: true });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'originate-submit' }, 'Originate');
  const form = h('form', { class: 'action-form wide', id: 'originate-form' },
    servers.length > 1 ? h('label', { for: 'o-server' }, 'Server', h('select', { id: 'o-server', name: 'server' }, servers.map((s) => h('option', { value: s }, s)))) : null,
    field('endpoint', 'Endpoint', { required: true, placeholder: 'PJSIP/1001', list: 'o-endpoints' }),
    h('datalist', { id: 'o-endpoints' }, endpoints.map((e) => h('option', { value: e }))),
    field('callerId', 'Caller ID', { placeholder: '"Ops" <100>' }),
    field('context', 'Context', { required: true, value: 'default' }),
    field('extension', 'Extension', { required: true, value: 's' }),
    field('priority', 'Priority', { type: 'number', value: 1, min: 1 }),
    field('timeout', 'Ring timeout (s)', { type: 'number', value: 30, min: 1 }),
    h('div', { class: 'form-actions' }, submit));

  const show = (r: OriginateRecord | null, error?: string) => {
    result.hidden = false;
    const row = (label: string, id: string, value: string) => [h('dt', {}, label), h('dd', { id }, value)];
    replace(result, h('h2', {}, 'Result'), h('dl', { class: 'kv' },
      row('Status', 'originate-status', error ? 'error' : r?.status ?? '…'),
      row('Message', 'originate-message', error ?? r?.message ?? (r && !FINAL.has(r.status) ? 'Call in progress…' : '—')),
      row('Duration', 'originate-duration', r?.durationSeconds != null ? `${r.durationSeconds} s` : '—'),
      row('Channel', 'originate-channel', r?.channelId ?? '—'),
      row('Endpoint', 'originate-endpoint', r?.endpoint ?? '—')));
    result.className = `card ${error || r?.status === 'error' ? 'failed' : r && FINAL.has(r.status) ? 'done' : 'running'}`;
  };

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const v = Object.fromEntries(new FormData(form).entries()) as Record<string, string>;
    const body: Record<string, unknown> = {
      endpoint: v.endpoint.trim(), context: v.context.trim(), extension: v.extension.trim(),
      priority: Number(v.priority || 1), timeout: Number(v.timeout || 30),
    };
    if (v.callerId?.trim()) body.callerId = v.callerId.trim();
    if (v.server) body.server = v.server;
    submit.disabled = true;
    show(null);
    try {
      let rec = await app.api.post<OriginateRecord>('/api/originate', body);
      show(rec);
      while (!disposed && !FINAL.has(rec.status)) {
        rec = await app.api.get<OriginateRecord>(`/api/originate/${enc(rec.id)}?waitSeconds=20`);
        show(rec);
      }
    } catch (e) {
      show(null, e instanceof ApiError ? e.message : `Failed: ${(e as Error).message}`);
    } finally {
      submit.disabled = false;
    }
  });
  const el = h('div', {}, h('h1', {}, 'Originate'),
    h('p', { class: 'muted' }, 'Calls the endpoint; when it answers the call continues in the dialplan at context, extension, priority.'),
    h('div', { class: 'cards' }, h('section', { class: 'card' }, form), result));
  return { title: 'Originate', el, dispose: () => { disposed = true; } };
}

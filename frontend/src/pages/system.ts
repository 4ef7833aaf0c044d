import { enc } from '../actions/spec';
import { resultLine, runReported } from '../ui/actionForm';
import { loader, table } from '../ui/cards';
import type { AppContext, Page } from '../ui/app';
import { h } from '../ui/dom';
import { serverScoped } from './serverPicker';
import { recordingsSection } from './recordings';

interface ModuleInfo { name: string; description?: string; use_count?: number; status?: string; support_level?: string }
interface Sound { id: string; text?: string; formats?: Array<{ language: string; format: string }> }
interface Mailbox { name: string; old_messages?: number; new_messages?: number }

/** Asterisk info, modules, global variables, sounds, stored recordings and mailboxes of one server. */
export function systemPage(app: AppContext): Page {
  const disposers: Array<() => void> = [];
  const el = h('div', {}, h('h1', {}, 'System'), serverScoped(app, (server) => panel(app, server), disposers));
  return { title: 'System', el, dispose: () => disposers.forEach((d) => d()) };
}

function panel(app: AppContext, server: string): HTMLElement {
  const sys = (path: string) => `/api/console/servers/${enc(server)}/system/${path}`;
  return h('div', { class: 'cards' },
    loader('info', 'Asterisk info', () => app.api.get<Record<string, unknown>>(sys('info')), (info) => h('dl', { class: 'kv' }, flatten(info).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))),
    loader('modules', 'Modules', () => app.api.get<ModuleInfo[]>(sys('modules')), (mods) => table(['Module', 'Description', 'Status', 'Support', 'Use count'],
      mods.map((m) => [m.name, m.description ?? '', m.status ?? '', m.support_level ?? '', String(m.use_count ?? '')])), true),
    variablesSection(app, sys),
    loader('sounds', 'Sounds', () => app.api.get<Sound[]>(sys('sounds')), (sounds) => table(['Sound', 'Text', 'Formats'],
      sounds.map((s) => [s.id, s.text ?? '', (s.formats ?? []).map((f) => `${f.language}/${f.format}`).join(', ')]))),
    // admins only: supervisors play their queues' recordings from a call's detail page in Reports
    app.session.roles.includes('admin') ? recordingsSection(app, sys) : null,
    loader('mailboxes', 'Mailboxes', () => app.api.get<Mailbox[]>(sys('mailboxes')), (boxes) => table(['Mailbox', 'New', 'Old'],
      boxes.map((b) => [b.name, String(b.new_messages ?? 0), String(b.old_messages ?? 0)]))));
}

function variablesSection(app: AppContext, sys: (p: string) => string): HTMLElement {
  const name = h('input', { name: 'name', placeholder: 'GLOBAL_VAR', required: true, 'aria-label': 'Variable name' });
  const value = h('input', { name: 'value', placeholder: 'value', 'aria-label': 'Variable value' });
  const line = resultLine();
  const read = () => runReported(line, () => app.api.get<{ value: string }>(sys(`variables/${enc(name.value.trim())}`)),
    (r) => { value.value = r.value ?? ''; return `${name.value.trim()} = "${r.value ?? ''}"`; });
  const write = () => runReported(line, () => app.api.put<unknown>(sys(`variables/${enc(name.value.trim())}`), { value: value.value }),
    () => `${name.value.trim()} set to "${value.value}"`);
  const form = h('form', { class: 'inline-form', onsubmit: (e: Event) => { e.preventDefault(); void read(); } },
    name, h('button', { type: 'submit' }, 'Read'), value, h('button', { type: 'button', onclick: () => { if (name.reportValidity()) { void write(); } } }, 'Set'));
  return h('section', { class: 'card', id: 'sys-variables' }, h('h2', {}, 'Global variables'), form, line.el);
}

/** {"system":{"version":"20"}} → [["system.version","20"]]. */
export function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') {
    return [[prefix || 'value', value === null || value === undefined ? '—' : String(value)]];
  }
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

import type { BridgeView } from '../live';
import { BRIDGE_ACTIONS, CREATE_BRIDGE, type BridgeCtx } from '../actions/bridgeActions';
import { actionForm } from '../ui/actionForm';
import { onStoreChange, type AppContext, type Page } from '../ui/app';
import { h } from '../ui/dom';
import { since } from '../ui/format';
import { LiveTable } from '../ui/table';
import { serverPicker } from './serverPicker';

/** Live bridges with type and members; a bridge opens its actions, "Create bridge" makes a new one. */
export function bridgesPage(app: AppContext): Page {
  const { store } = app;
  const memberName = (b: BridgeView, id: string) => store.channel(b.asteriskId, id)?.name ?? id;
  const ctx = (b: BridgeView): BridgeCtx => ({
    server: store.serverName(b.asteriskId) ?? b.asteriskId,
    bridgeId: b.id,
    members: () => store.bridges().find((x) => x.id === b.id)?.channelIds ?? b.channelIds,
    channelIds: () => store.channels().filter((c) => c.asteriskId === b.asteriskId && c.bridgeId !== b.id).map((c) => c.id),
  });
  const open = (b: BridgeView) => app.dialog.menu(app.api, `Bridge ${b.name || b.id}`,
    [h('code', {}, b.id), ` — ${b.bridgeType ?? '?'}, ${b.channelIds.length} member(s)`], BRIDGE_ACTIONS, ctx(b));
  const create = h('button', {
    type: 'button', id: 'create-bridge', class: 'primary',
    onclick: () => serverPicker(app, 'Create bridge', (server) => actionForm(app.api, CREATE_BRIDGE, { server })),
  }, 'Create bridge');
  const table = new LiveTable<BridgeView>({
    id: 'bridges',
    key: (b) => b.id,
    empty: 'No bridges.',
    filterBy: { label: 'Types', value: (b) => b.bridgeType ?? '' },
    columns: [
      { title: 'Server', cell: (b) => store.serverName(b.asteriskId) ?? b.asteriskId, className: 'narrow' },
      { title: 'Bridge', cell: (b) => [b.name ? h('strong', {}, b.name) : null, ' ', h('code', {}, b.id)] },
      { title: 'Type', cell: (b) => `${b.bridgeType ?? '?'}${b.technology ? ` (${b.technology})` : ''}` },
      { title: 'Class / creator', cell: (b) => [b.bridgeClass, b.creator].filter(Boolean).join(' / ') || '—' },
      { title: 'Members', cell: (b) => (b.channelIds.length ? h('ul', { class: 'members' }, b.channelIds.map((id) => h('li', {}, memberName(b, id)))) : '—') },
      { title: 'Age', cell: (b) => h('time', { 'data-since': b.created ?? '' }, since(b.created)), className: 'num', text: () => '' },
      { title: '', className: 'actions', text: () => '', cell: (b) => h('button', { type: 'button', class: 'row-actions', onclick: () => open(b) }, 'Actions') },
    ],
  }, create);
  const unsubscribe = onStoreChange(store, () => table.update(store.bridges()));
  return { title: 'Bridges', el: h('div', {}, h('h1', {}, 'Bridges'), table.el), dispose: unsubscribe };
}

import type { ChannelView } from '../live';
import { CHANNEL_ACTIONS, type ChannelCtx } from '../actions/channelActions';
import { onStoreChange, type AppContext, type Page } from '../ui/app';
import { h } from '../ui/dom';
import { dialplan, party, shortId, since } from '../ui/format';
import { LiveTable } from '../ui/table';

/** Live channels with state, parties, dialplan place, bridge and a ticking duration; each row opens its actions. */
export function channelsPage(app: AppContext): Page {
  const { store } = app;
  const ctx = (c: ChannelView): ChannelCtx => ({
    server: store.serverName(c.asteriskId) ?? c.asteriskId,
    channelId: c.id,
    bridgeIds: () => store.bridges().filter((b) => b.asteriskId === c.asteriskId).map((b) => b.id),
    endpoints: () => store.endpoints().filter((e) => e.asteriskId === c.asteriskId).map((e) => `${e.technology}/${e.resource}`),
  });
  const open = (c: ChannelView) => app.dialog.menu(app.api, `Channel ${c.name}`,
    [h('code', {}, c.id), ` — ${c.state}, caller ${party(c.caller)}`], CHANNEL_ACTIONS, ctx(c));
  const table = new LiveTable<ChannelView>({
    id: 'channels',
    key: (c) => c.id,
    empty: 'No live channels.',
    filterBy: { label: 'States', value: (c) => c.state },
    columns: [
      { title: 'Server', cell: (c) => store.serverName(c.asteriskId) ?? c.asteriskId, className: 'narrow' },
      { title: 'Channel', cell: (c) => h('span', { title: c.id }, c.name) },
      { title: 'State', cell: (c) => h('span', { class: `state s-${c.state.toLowerCase()}` }, c.state) },
      { title: 'Caller', cell: (c) => party(c.caller) },
      { title: 'Connected line', cell: (c) => party(c.connected) },
      { title: 'Dialplan', cell: (c) => dialplan(c.dialplan), className: 'mono' },
      { title: 'Bridge', cell: (c) => (c.bridgeId ? h('a', { href: '#/bridges', title: c.bridgeId }, shortId(c.bridgeId)) : '—'), text: (c) => c.bridgeId ?? '' },
      { title: 'Duration', cell: (c) => h('time', { 'data-since': c.created ?? '' }, since(c.created)), className: 'num', text: () => '' },
      {
        title: '', className: 'actions', text: () => '',
        cell: (c) => h('button', { type: 'button', class: 'row-actions', 'aria-label': `Actions for ${c.name}`, onclick: () => open(c) }, 'Actions'),
      },
    ],
  });
  const unsubscribe = onStoreChange(store, () => table.update(store.channels().sort(byCreated)));
  return { title: 'Channels', el: h('div', {}, h('h1', {}, 'Channels'), table.el), dispose: unsubscribe };
}

function byCreated(a: ChannelView, b: ChannelView): number {
  return (a.created ?? '').localeCompare(b.created ?? '') || a.id.localeCompare(b.id);
}

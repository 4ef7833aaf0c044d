import type { EndpointView } from '../live';
import { onStoreChange, type AppContext, type Page } from '../ui/app';
import { h } from '../ui/dom';
import { LiveTable } from '../ui/table';

/** Live endpoints: state, last peer status and the channels on each. */
export function endpointsPage(app: AppContext): Page {
  const { store } = app;
  const table = new LiveTable<EndpointView>({
    id: 'endpoints',
    key: (e) => `${e.technology}/${e.resource}`,
    empty: 'No endpoints.',
    filterBy: { label: 'States', value: (e) => e.state ?? '' },
    columns: [
      { title: 'Server', cell: (e) => store.serverName(e.asteriskId) ?? e.asteriskId, className: 'narrow' },
      { title: 'Endpoint', cell: (e) => h('strong', {}, `${e.technology}/${e.resource}`) },
      { title: 'State', cell: (e) => h('span', { class: `state s-${(e.state ?? 'unknown').toLowerCase()}` }, e.state ?? 'unknown') },
      { title: 'Peer status', cell: (e) => e.peerStatus ?? '—' },
      {
        title: 'Channels',
        cell: (e) => (e.channelIds.length
          ? h('ul', { class: 'members' }, e.channelIds.map((id) => h('li', {}, store.channel(e.asteriskId, id)?.name ?? id)))
          : '—'),
      },
    ],
  });
  const unsubscribe = onStoreChange(store, () => table.update(store.endpoints()
    .sort((a, b) => `${a.technology}/${a.resource}`.localeCompare(`${b.technology}/${b.resource}`, undefined, { numeric: true }))));
  return { title: 'Endpoints', el: h('div', {}, h('h1', {}, 'Endpoints'), table.el), dispose: unsubscribe };
}

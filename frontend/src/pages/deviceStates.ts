import type { DeviceStateView } from '../live';
import { SET_DEVICE_STATE, USER_EVENT } from '../actions/bridgeActions';
import { actionForm } from '../ui/actionForm';
import { onStoreChange, type AppContext, type Page } from '../ui/app';
import { h } from '../ui/dom';
import { LiveTable } from '../ui/table';
import { serverScoped } from './serverPicker';

/** Live device states; Stasis: ones can be set here, and user events sent. */
export function deviceStatesPage(app: AppContext): Page {
  const { store } = app;
  const disposers: Array<() => void> = [];
  const setFor = (d: DeviceStateView) => {
    const server = store.serverName(d.asteriskId) ?? d.asteriskId;
    const form = actionForm(app.api, SET_DEVICE_STATE, { server });
    form.querySelector<HTMLInputElement>('[name=name]')!.value = d.name.replace(/^Stasis:/, '');
    app.dialog.show(`Device state ${d.name}`, form);
  };
  const table = new LiveTable<DeviceStateView>({
    id: 'device-states',
    key: (d) => d.name,
    empty: 'No device states.',
    filterBy: { label: 'States', value: (d) => d.state },
    columns: [
      { title: 'Server', cell: (d) => store.serverName(d.asteriskId) ?? d.asteriskId, className: 'narrow' },
      { title: 'Device', cell: (d) => h('strong', {}, d.name) },
      { title: 'State', cell: (d) => h('span', { class: `state s-${d.state.toLowerCase()}` }, d.state) },
      {
        title: '', className: 'actions', text: () => '',
        cell: (d) => (d.name.startsWith('Stasis:') ? h('button', { type: 'button', class: 'row-actions', onclick: () => setFor(d) }, 'Set…') : null),
      },
    ],
  });
  disposers.push(onStoreChange(store, () => table.update(store.deviceStates().sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })))));
  const forms = h('div', { class: 'cards' },
    h('section', { class: 'card', id: 'set-device-state' }, h('h2', {}, 'Set a Stasis: device state'),
      serverScoped(app, (server) => actionForm(app.api, SET_DEVICE_STATE, { server }), disposers)),
    h('section', { class: 'card', id: 'user-event' }, h('h2', {}, 'Send a user event'),
      serverScoped(app, (server) => actionForm(app.api, USER_EVENT, { server }), disposers)));
  return {
    title: 'Device states', el: h('div', {}, h('h1', {}, 'Device states'), forms, table.el),
    dispose: () => disposers.forEach((d) => d()),
  };
}

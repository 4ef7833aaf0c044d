import { enc, parseVariables, type ActionSpec } from './spec';

/** A bridge action's target plus the lists its forms offer. */
export interface BridgeCtx {
  server: string;
  bridgeId: string;
  members: () => string[];
  channelIds: () => string[];
}

const base = (c: BridgeCtx) => `/api/console/servers/${enc(c.server)}/bridges/${enc(c.bridgeId)}`;

/** Every action on one bridge of the console contract, in menu order. */
export const BRIDGE_ACTIONS: ActionSpec<BridgeCtx>[] = [
  {
    id: 'add-channel', label: 'Add a channel', method: 'POST', path: (c) => `${base(c)}/channels`,
    fields: [{ name: 'channelId', label: 'Channel', kind: 'select', options: (c) => c.channelIds() }],
  },
  {
    id: 'remove-channel', label: 'Remove a channel', method: 'DELETE',
    path: (c, v) => `${base(c)}/channels/${enc(v.channelId ?? '')}`,
    fields: [{ name: 'channelId', label: 'Member', kind: 'select', options: (c) => c.members() }],
  },
  {
    id: 'moh', label: 'Music on hold', method: 'POST', path: (c) => `${base(c)}/moh`,
    fields: [{ name: 'mohClass', label: 'MoH class', kind: 'text', optional: true, placeholder: 'default' }],
  },
  { id: 'moh-stop', label: 'Stop music on hold', method: 'DELETE', path: (c) => `${base(c)}/moh` },
  {
    id: 'record', label: 'Start recording', method: 'POST', path: (c) => `${base(c)}/record`,
    fields: [
      { name: 'name', label: 'Recording name', kind: 'text', placeholder: 'conf-2026-01-01' },
      { name: 'format', label: 'Format', kind: 'select', options: () => ['wav', 'gsm', 'ulaw', 'sln'] },
    ],
  },
  { id: 'destroy', label: 'Destroy bridge', method: 'DELETE', danger: true, path: (c) => base(c) },
];

/** Server-level actions: create a bridge, set a Stasis device state, send a user event. */
export interface ServerCtx {
  server: string;
}

export const CREATE_BRIDGE: ActionSpec<ServerCtx> = {
  id: 'create-bridge', label: 'Create bridge', method: 'POST', path: (c) => `/api/console/servers/${enc(c.server)}/bridges`,
  fields: [
    { name: 'type', label: 'Type', kind: 'select', options: () => ['mixing', 'holding'] },
    { name: 'name', label: 'Name', kind: 'text', optional: true },
  ],
};

export const DEVICE_STATES = ['NOT_INUSE', 'INUSE', 'BUSY', 'INVALID', 'UNAVAILABLE', 'RINGING', 'RINGINUSE', 'ONHOLD'];

export const SET_DEVICE_STATE: ActionSpec<ServerCtx> = {
  id: 'device-state', label: 'Set device state', method: 'PUT',
  path: (c, v) => `/api/console/servers/${enc(c.server)}/deviceStates/${enc((v.name ?? '').replace(/^Stasis:/, ''))}`,
  fields: [
    { name: 'name', label: 'Name (after Stasis:)', kind: 'text', placeholder: 'agent-1001' },
    { name: 'state', label: 'State', kind: 'select', options: () => DEVICE_STATES },
  ],
  body: (v) => ({ state: v.state }),
};

export const USER_EVENT: ActionSpec<ServerCtx> = {
  id: 'user-event', label: 'Send user event', method: 'POST',
  path: (c, v) => `/api/console/servers/${enc(c.server)}/userEvents/${enc(v.eventName ?? '')}`,
  fields: [
    { name: 'eventName', label: 'Event name', kind: 'text', placeholder: 'SupervisorNote' },
    { name: 'variables', label: 'Variables (k=v, …)', kind: 'variables', optional: true, placeholder: 'note=hello' },
    { name: 'source', label: 'Source', kind: 'text', optional: true, placeholder: 'channel:<id>' },
  ],
  body: (v) => ({
    variables: parseVariables(v.variables ?? ''),
    ...((v.source ?? '').trim() ? { source: v.source.trim() } : {}),
  }),
};

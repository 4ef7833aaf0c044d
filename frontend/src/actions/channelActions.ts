import { enc, type ActionSpec } from './spec';

/** What a channel action needs: the configured server name, the channel, and the lists forms offer. */
export interface ChannelCtx {
  server: string;
  channelId: string;
  bridgeIds: () => string[];
  endpoints: () => string[];
}

const HANGUP_REASONS = ['normal', 'busy', 'congestion', 'no_answer', 'timeout', 'rejected', 'unallocated',
  'normal_unspecified', 'number_incomplete', 'codec_mismatch', 'interworking', 'failure', 'answered_elsewhere'];
const DIRECTIONS = ['both', 'in', 'out'];
const SPY = ['none', 'both', 'out', 'in'];

const base = (c: ChannelCtx) => `/api/console/servers/${enc(c.server)}/channels/${enc(c.channelId)}`;
const simple = (id: string, label: string, path: string): ActionSpec<ChannelCtx> =>
  ({ id, label, method: 'POST', path: (c) => `${base(c)}/${path}` });

/** Every channel action of the console contract (CONSOLE_API.md), in menu order. */
export const CHANNEL_ACTIONS: ActionSpec<ChannelCtx>[] = [
  {
    id: 'hangup', label: 'Hang up', method: 'POST', danger: true, path: (c) => `${base(c)}/hangup`,
    fields: [{ name: 'reason', label: 'Reason', kind: 'select', options: () => HANGUP_REASONS }],
  },
  simple('answer', 'Answer', 'answer'),
  simple('ring', 'Ring', 'ring'),
  simple('ring-stop', 'Stop ringing', 'ring/stop'),
  simple('hold', 'Hold', 'hold'),
  simple('unhold', 'Unhold', 'unhold'),
  {
    id: 'mute', label: 'Mute', method: 'POST', path: (c) => `${base(c)}/mute`,
    fields: [{ name: 'direction', label: 'Direction', kind: 'select', options: () => DIRECTIONS }],
  },
  {
    id: 'unmute', label: 'Unmute', method: 'POST', path: (c) => `${base(c)}/unmute`,
    fields: [{ name: 'direction', label: 'Direction', kind: 'select', options: () => DIRECTIONS }],
  },
  {
    id: 'moh', label: 'Music on hold', method: 'POST', path: (c) => `${base(c)}/moh`,
    fields: [{ name: 'mohClass', label: 'MoH class', kind: 'text', optional: true, placeholder: 'default' }],
  },
  simple('moh-stop', 'Stop music on hold', 'moh/stop'),
  {
    id: 'dtmf', label: 'Send DTMF', method: 'POST', path: (c) => `${base(c)}/dtmf`,
    fields: [{ name: 'dtmf', label: 'Digits', kind: 'text', placeholder: '123#' }],
  },
  {
    id: 'play', label: 'Play a sound', method: 'POST', path: (c) => `${base(c)}/play`,
    fields: [{ name: 'media', label: 'Media URI', kind: 'text', value: 'sound:hello-world' }],
  },
  {
    id: 'record', label: 'Start recording', method: 'POST', path: (c) => `${base(c)}/record`,
    fields: [
      { name: 'name', label: 'Recording name', kind: 'text', placeholder: 'call-2026-01-01' },
      { name: 'format', label: 'Format', kind: 'select', options: () => ['wav', 'gsm', 'ulaw', 'sln'] },
    ],
  },
  {
    id: 'record-stop', label: 'Stop recording', method: 'POST', path: (c) => `${base(c)}/record/stop`,
    fields: [{ name: 'name', label: 'Recording name', kind: 'text' }],
  },
  {
    id: 'snoop', label: 'Snoop (spy / whisper)', method: 'POST', path: (c) => `${base(c)}/snoop`,
    fields: [
      { name: 'spy', label: 'Spy', kind: 'select', options: () => SPY.slice(1).concat('none') },
      { name: 'whisper', label: 'Whisper', kind: 'select', options: () => SPY },
    ],
  },
  {
    id: 'redirect', label: 'Redirect', method: 'POST', path: (c) => `${base(c)}/redirect`,
    fields: [{ name: 'endpoint', label: 'Endpoint', kind: 'text', placeholder: 'PJSIP/1002', suggest: (c) => c.endpoints() }],
  },
  {
    id: 'continue', label: 'Continue in dialplan', method: 'POST', path: (c) => `${base(c)}/continue`,
    fields: [
      { name: 'context', label: 'Context', kind: 'text', optional: true },
      { name: 'extension', label: 'Extension', kind: 'text', optional: true },
      { name: 'priority', label: 'Priority', kind: 'number', optional: true },
    ],
  },
  {
    id: 'move', label: 'Move to a bridge', method: 'POST', path: (c) => `${base(c)}/move`,
    fields: [{ name: 'bridgeId', label: 'Bridge', kind: 'select', options: (c) => c.bridgeIds() }],
  },
];

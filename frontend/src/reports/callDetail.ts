import type { Api } from '../live';
import { h, replace, type Child } from '../ui/dom';
import { clock, dur, localTime, NO_VALUE } from './format';
import type { CallDetail } from './types';

const kv = (pairs: Array<[string, Child]>): HTMLElement =>
  h('dl', { class: 'kv' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v ?? NO_VALUE)]));

const table = (id: string, head: string[], rows: Child[][]): HTMLElement =>
  h('div', { class: 'table-wrap' }, h('table', { id }, h('thead', {}, h('tr', {}, head.map((t) => h('th', {}, t)))),
    h('tbody', {}, rows.length ? rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c ?? NO_VALUE))))
      : h('tr', { class: 'empty' }, h('td', { colSpan: head.length }, 'Nothing recorded.')))));

/** One call: its record, queue stays, channels, the timeline from history, and the recording when there is one. */
export async function showCall(api: Api, asteriskId: string, callId: string, into: HTMLElement): Promise<void> {
  replace(into, h('p', { class: 'result busy' }, 'Loading the call…'));
  let d: CallDetail;
  try {
    d = await api.get<CallDetail>(`/api/reports/calls/${encodeURIComponent(asteriskId)}/${encodeURIComponent(callId)}`);
  } catch (e) {
    replace(into, h('p', { class: 'result err', id: 'call-error', role: 'alert' }, (e as Error).message));
    return;
  }
  const c = d.call;
  const recording: Child = c.recording
    ? d.recordingUrl
      ? [h('audio', { controls: true, preload: 'none', src: d.recordingUrl, id: 'recording' }), ' ',
        h('a', { href: `${d.recordingUrl}?download=true` }, 'Download')]
      : `${c.recording} (its Asterisk is not connected: cannot play it now)`
    : 'No recording';
  replace(into,
    h('p', {}, h('a', { href: 'javascript:history.back()' }, '← Back')),
    h('h1', { id: 'call-title' }, `Call from ${c.callerNumber ?? 'unknown'}${c.callerName ? ` (${c.callerName})` : ''}`),
    h('section', { class: 'card wide', id: 'call-detail' }, kv([
      ['Enqueued', localTime(c.enqueuedAt)], ['Answered', localTime(c.answeredAt)], ['Ended', localTime(c.endedAt)],
      ['Zone', d.zone], ['DID', c.did], ['Queues', c.queues.join(' → ')], ['Outcome', c.outcome ?? 'waiting'],
      ['Agent', c.agent], ['Agents rung', c.agentsOffered.join(', ') || NO_VALUE], ['Wait', dur(c.waitMs)],
      ['Talk', dur(c.talkMs)], ['Hold', dur(c.holdMs)], ['Wrap-up', dur(c.wrapMs)], ['Duration', dur(c.durationMs)],
      ['Hung up by', c.hangupSide ? `${c.hangupSide}${c.hangupCause !== null ? ` (cause ${c.hangupCause})` : ''}` : NO_VALUE],
      ['Disposition', c.disposition], ['Transferred to', c.transferredTo], ['Overflow reason', c.overflowReason],
      ['Position at abandon', c.abandonPosition === null ? NO_VALUE : String(c.abandonPosition)],
      ['Recording', recording], ['Call id', h('span', { class: 'mono' }, `${c.asteriskId} / ${c.callId}`)],
    ])),
    h('h2', {}, 'Queue stays'),
    table('stays', ['#', 'Queue', 'Entered', 'Left', 'Outcome', 'Position', 'Agent'], d.stays.map((s) =>
      [String(s.seq + 1), s.queue, localTime(s.enqueuedAt), localTime(s.leftAt), s.outcome ?? 'waiting', String(s.position), s.agent])),
    h('h2', {}, 'Channels'),
    table('legs', ['Role', 'Channel', 'Agent', 'Number', 'Created', 'Answered', 'Gone', 'Result', 'Cause'], d.legs.map((l) =>
      [l.role, h('span', { class: 'mono' }, l.name ?? l.channelId), l.agent, l.number, clock(l.created), clock(l.answered),
        clock(l.destroyed), l.result, l.cause === null ? null : String(l.cause)])),
    h('h2', {}, 'Timeline'),
    table('timeline', ['Time', 'Source', 'What', 'Queue', 'Agent', 'Channel', 'Detail', 'Cause'], d.timeline.map((t) =>
      [clock(t.at), t.source, t.kind, t.queue, t.agent, t.channelId ? h('span', { class: 'mono' }, t.channelId) : null,
        t.detail, t.cause === null ? null : String(t.cause)])));
}

import { describe, expect, it } from 'vitest';
import type { DeskCall } from '../live';
import { callControls, callerText, callStateText, holdSeconds, talkSeconds, transferText, validDtmf, waitSeconds } from './callLogic';

function call(extra: Partial<DeskCall> = {}): DeskCall {
  return {
    callId: '1795718266.3650', asteriskId: '02:00:00:00:de:00', server: 'demo', callerNumber: '5551000', callerName: 'Caller 1',
    queue: 'sales', did: '5000', enqueuedAt: '2026-01-01T10:00:00Z', offeredAt: '2026-01-01T10:00:20Z', answeredAt: null,
    state: 'offered', heldSince: null, holdMs: 0, muted: null, recording: null, consult: null, transferredTo: null,
    disposition: null, endedAt: null, wrapUpUntil: null, ...extra,
  };
}
const consult = (state: 'ringing' | 'connected') => ({ kind: 'agent' as const, target: 'agent1002', state, since: '2026-01-01T10:01:00Z' });

describe('callControls', () => {
  it('offers nothing without a call or while the phone rings', () => {
    expect(callControls(null)).toEqual([]);
    expect(callControls(call())).toEqual([]);
  });

  it('offers the talking controls on a connected call, toggles by mute and recording', () => {
    expect(callControls(call({ state: 'connected' })))
      .toEqual(['hangup', 'hold', 'mute', 'dtmf', 'transfer', 'consult', 'recordStart', 'disposition']);
    expect(callControls(call({ state: 'connected', muted: 'in', recording: { name: 'r', since: 'x' } })))
      .toEqual(['hangup', 'hold', 'unmute', 'dtmf', 'transfer', 'consult', 'recordStop', 'disposition']);
  });

  it('offers resume and blind transfer on hold, but no consult', () => {
    expect(callControls(call({ state: 'held' }))).toEqual(['hangup', 'unhold', 'mute', 'transfer', 'disposition']);
  });

  it('offers complete and conference only once the consulted party answered', () => {
    expect(callControls(call({ state: 'consulting', consult: consult('ringing') }))).toEqual(['hangup', 'mute', 'dtmf', 'consultCancel', 'disposition']);
    expect(callControls(call({ state: 'consulting', consult: consult('connected') })))
      .toEqual(['hangup', 'mute', 'dtmf', 'consultComplete', 'conference', 'consultCancel', 'disposition']);
  });

  it('offers leaving the conference, and only the disposition in wrap-up', () => {
    expect(callControls(call({ state: 'conference', recording: { name: 'r', since: 'x' } }))).toEqual(['hangup', 'mute', 'dtmf', 'recordStop', 'disposition']);
    expect(callControls(call({ state: 'wrapup' }))).toEqual(['disposition']);
    expect(callControls(call({ state: 'somethingNew' as DeskCall['state'] }))).toEqual([]);
  });
});

describe('call times', () => {
  const now = Date.parse('2026-01-01T10:01:30Z');

  it('ticks the wait while ringing and freezes it at the answer', () => {
    expect(waitSeconds(call(), now)).toBe(90);
    expect(waitSeconds(call({ answeredAt: '2026-01-01T10:00:25Z' }), now)).toBe(25);
  });

  it('counts talk from the answer to the end, and hold including the open interval', () => {
    expect(talkSeconds(call(), now)).toBe(0);
    expect(talkSeconds(call({ answeredAt: '2026-01-01T10:00:30Z' }), now)).toBe(60);
    expect(talkSeconds(call({ answeredAt: '2026-01-01T10:00:30Z', endedAt: '2026-01-01T10:00:40Z' }), now)).toBe(10);
    expect(holdSeconds(call({ holdMs: 5400 }), now)).toBe(5);
    expect(holdSeconds(call({ holdMs: 5400, heldSince: '2026-01-01T10:01:20Z' }), now)).toBe(15);
  });
});

describe('call words', () => {
  it('describes the caller, the state and a transfer target', () => {
    expect(callerText(call())).toBe('Caller 1 <5551000>');
    expect(callerText(call({ callerName: '5551000' }))).toBe('5551000');
    expect(callerText(call({ callerName: null, callerNumber: null }))).toBe('Unknown caller');
    expect(callStateText(call({ state: 'held' }))).toBe('On hold');
    expect(callStateText(call({ state: 'consulting', consult: consult('ringing') }))).toBe('Consulting agent1002 (ringing) — caller on hold');
    expect(callStateText(call({ state: 'wrapup', transferredTo: 'queue:support' }))).toBe('Transferred to queue support — wrap-up');
    expect(transferText('number:5551234')).toBe('number 5551234');
  });

  it('accepts the DTMF digits the API accepts', () => {
    expect(validDtmf('123#*ABCD')).toBe(true);
    expect(validDtmf('')).toBe(false);
    expect(validDtmf('12E')).toBe(false);
    expect(validDtmf('1'.repeat(33))).toBe(false);
  });
});

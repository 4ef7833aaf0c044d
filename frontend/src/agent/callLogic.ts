import type { DeskCall } from '../live';
import { secondsSince } from './waitTime';

/** A call control of the desktop; each maps to one `POST /api/desk/calls/{callId}/...` (DESK_API.md). */
export type CallControl =
  | 'hangup' | 'hold' | 'unhold' | 'mute' | 'unmute' | 'dtmf' | 'transfer' | 'consult'
  | 'consultComplete' | 'consultCancel' | 'conference' | 'recordStart' | 'recordStop' | 'disposition';

/**
 * Which controls apply to the call in its current state, following the states each control accepts (anything
 * else is a 409 from the API): nothing while the phone still rings (answer on the phone), only the disposition in
 * wrap-up, complete and conference only once the consulted party answered.
 */
export function callControls(call: DeskCall | null | undefined): CallControl[] {
  if (!call) {
    return [];
  }
  const out: CallControl[] = [];
  const mute: CallControl = call.muted ? 'unmute' : 'mute';
  const recording: CallControl[] = call.recording ? ['recordStop'] : [];
  switch (call.state) {
    case 'offered':
      return [];
    case 'connected':
      out.push('hangup', 'hold', mute, 'dtmf', 'transfer', 'consult', call.recording ? 'recordStop' : 'recordStart');
      break;
    case 'held':
      out.push('hangup', 'unhold', mute, 'transfer', ...recording);
      break;
    case 'consulting':
      out.push('hangup', mute, 'dtmf');
      if (call.consult?.state === 'connected') {
        out.push('consultComplete', 'conference');
      }
      out.push('consultCancel', ...recording);
      break;
    case 'conference':
      out.push('hangup', mute, 'dtmf', ...recording);
      break;
    case 'wrapup':
      break;
    default:
      return [];
  }
  out.push('disposition');
  return out;
}

const STATE_WORDS: Record<DeskCall['state'], string> = {
  offered: 'Ringing — answer on your phone', connected: 'Connected', held: 'On hold', consulting: 'Consulting',
  conference: 'Three-way conference', wrapup: 'Call ended — wrap-up',
};

export function callStateText(call: DeskCall): string {
  if (call.state === 'consulting' && call.consult) {
    return `Consulting ${call.consult.target} (${call.consult.state === 'ringing' ? 'ringing' : 'connected'}) — caller on hold`;
  }
  if (call.state === 'wrapup' && call.transferredTo) {
    return `Transferred to ${transferText(call.transferredTo)} — wrap-up`;
  }
  return STATE_WORDS[call.state] ?? call.state;
}

/** "agent:agent1002" → "agent agent1002"; "number:5551234" → "number 5551234". */
export function transferText(to: string): string {
  const at = to.indexOf(':');
  return at < 0 ? to : `${to.slice(0, at)} ${to.slice(at + 1)}`;
}

/** "Caller 5551000 <5551000>", or just the number or name, or "Unknown caller". */
export function callerText(call: Pick<DeskCall, 'callerName' | 'callerNumber'>): string {
  const { callerName: name, callerNumber: number } = call;
  if (name && number && name !== number) {
    return `${name} <${number}>`;
  }
  return name || number || 'Unknown caller';
}

/** The caller's wait in the queue: up to the answer, or still growing while it rings. */
export function waitSeconds(call: Pick<DeskCall, 'enqueuedAt' | 'answeredAt'>, now: number): number {
  const end = call.answeredAt ? Date.parse(call.answeredAt) : now;
  return secondsSince(call.enqueuedAt, Number.isNaN(end) ? now : end);
}

/** Talk time so far: from the answer to the end (or now). */
export function talkSeconds(call: Pick<DeskCall, 'answeredAt' | 'endedAt'>, now: number): number {
  if (!call.answeredAt) {
    return 0;
  }
  const end = call.endedAt ? Date.parse(call.endedAt) : now;
  return secondsSince(call.answeredAt, Number.isNaN(end) ? now : end);
}

/** Closed hold intervals plus the open one. */
export function holdSeconds(call: Pick<DeskCall, 'holdMs' | 'heldSince'>, now: number): number {
  return Math.floor((call.holdMs ?? 0) / 1000) + (call.heldSince ? secondsSince(call.heldSince, now) : 0);
}

/** Digits the DTMF control accepts (DESK_API.md: 1..32 of 0-9 * # A-D). */
export function validDtmf(digits: string): boolean {
  return /^[0-9*#A-D]{1,32}$/.test(digits);
}

import { describe, expect, it } from 'vitest';
import { mergeAgent, nextStatusText, splitCallId, stateActions, stateClass, stateLabel, type AgentView } from './agentState';

function agent(extra: Partial<AgentView> = {}): AgentView {
  return {
    username: 'agent1001', endpoint: 'PJSIP/1001', state: 'READY', since: '2026-01-01T10:00:00Z', queues: ['sales'],
    reason: null, nextState: null, callId: null, queue: null, wrapUpUntil: null, ...extra,
  };
}

describe('stateActions', () => {
  it('offers only the buttons the agent-state API accepts in each state', () => {
    expect(stateActions('LOGGED_OUT')).toEqual(['login']);
    expect(stateActions('READY')).toEqual(['pause', 'logout']);
    expect(stateActions('PAUSED')).toEqual(['ready', 'pause', 'logout']);
    expect(stateActions('RESERVED')).toEqual(['nextStatus']);
    expect(stateActions('ON_CALL')).toEqual(['nextStatus']);
    expect(stateActions('WRAP_UP')).toEqual(['endWrapUp', 'nextStatus']);
    expect(stateActions(null)).toEqual([]);
    expect(stateActions('SOMETHING_NEW')).toEqual([]);
  });

  it('names states and gives each its colour class', () => {
    expect(stateLabel('WRAP_UP')).toBe('Wrap-up');
    expect(stateLabel('RESERVED')).toBe('Ringing');
    expect(stateLabel('ODD')).toBe('ODD');
    expect(stateClass('ON_CALL')).toBe('agent-state st-on-call');
    expect(stateClass(undefined)).toBe('agent-state st-unknown');
  });
});

describe('nextStatusText', () => {
  it('says what happens after the call, with the pause reason', () => {
    expect(nextStatusText({ nextState: null })).toBeNull();
    expect(nextStatusText({ nextState: 'READY' })).toBeNull();
    expect(nextStatusText({ nextState: 'LOGGED_OUT' })).toBe('After this call: Logged out');
    expect(nextStatusText({ nextState: 'PAUSED', nextReason: 'lunch' }, (c) => c.toUpperCase())).toBe('After this call: Paused (LUNCH)');
  });
});

describe('splitCallId', () => {
  it('splits at the last colon: asterisk ids are MAC-like', () => {
    expect(splitCallId('02:ac:d0:01:02:03:1712345.7')).toEqual({ asteriskId: '02:ac:d0:01:02:03', channelId: '1712345.7' });
    expect(splitCallId(null)).toBeNull();
    expect(splitCallId('nocolon')).toBeNull();
    expect(splitCallId('ast:')).toBeNull();
  });
});

describe('mergeAgent', () => {
  it('takes the newer view and keeps what only the REST answer carries', () => {
    const rest = agent({ state: 'ON_CALL', since: '2026-01-01T10:01:00Z', nextState: 'PAUSED', nextReason: 'lunch', missedInRow: 0 });
    const laterDelta = agent({ state: 'WRAP_UP', since: '2026-01-01T10:02:00Z', nextState: 'PAUSED' });
    const merged = mergeAgent(rest, laterDelta);
    expect(merged.state).toBe('WRAP_UP');
    expect(merged.nextReason).toBe('lunch');
    expect(mergeAgent(merged, agent({ state: 'ON_CALL', since: '2026-01-01T10:01:00Z' })).state).toBe('WRAP_UP');
    expect(mergeAgent(null, laterDelta)).toBe(laterDelta);
    expect(mergeAgent(agent({ username: 'other' }), laterDelta)).toBe(laterDelta);
  });
});

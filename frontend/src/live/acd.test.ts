import { describe, expect, it } from 'vitest';
import { AcdState } from './acd';
import { LiveStore } from './store';

const agent = (state: string) => ({
  kind: 'agentUpsert', asteriskId: 'acd', username: 'a1', endpoint: 'PJSIP/1001', state, since: '2026-01-01T00:00:00Z',
  queues: ['sales'], reason: null, nextState: null, callId: null, queue: null, wrapUpUntil: null,
});

describe('AcdState', () => {
  it('keeps the latest upsert per agent and the waiting list per queue', () => {
    const acd = new AcdState();
    acd.apply(agent('READY'));
    acd.apply(agent('PAUSED'));
    acd.apply({ kind: 'waitingCallers', asteriskId: 'acd', queue: 'sales', callers: [{ callId: 'x:1', position: 1 }] } as never);
    expect(acd.agents.get('a1')?.state).toBe('PAUSED');
    expect(acd.waiting.get('sales')).toHaveLength(1);
    acd.apply({ kind: 'waitingCallers', asteriskId: 'acd', queue: 'sales', callers: [] } as never);
    expect(acd.waiting.get('sales')).toHaveLength(0);
  });

  it('drops ended monitor sessions and keeps broadcasts newest first across a snapshot', () => {
    const store = new LiveStore();
    store.applySnapshot({ type: 'snapshot', seq: 0, at: '', heartbeatMs: 1, idleTimeoutMs: 1, servers: [] });
    store.applyDeltas(1, [
      { kind: 'broadcast', asteriskId: 'acd', id: 'b1', from: 's', text: 'one', at: '2026-01-01T00:00:01Z', queues: ['q'] },
      { kind: 'broadcast', asteriskId: 'acd', id: 'b2', from: 's', text: 'two', at: '2026-01-01T00:00:02Z', queues: ['q'] },
      { kind: 'monitorUpsert', asteriskId: 'acd', id: 'm1', state: 'active' },
    ] as never);
    expect(store.acd.recentBroadcasts().map((b) => b.id)).toEqual(['b2', 'b1']);
    expect(store.acd.monitors.size).toBe(1);
    store.applyDeltas(4, [{ kind: 'monitorUpsert', asteriskId: 'acd', id: 'm1', state: 'ended' }] as never);
    expect(store.acd.monitors.size).toBe(0);
    store.applyDeltas(5, [agent('READY')] as never);
    store.applySnapshot({ type: 'snapshot', seq: 0, at: '', heartbeatMs: 1, idleTimeoutMs: 1, servers: [] });
    expect(store.acd.agents.size).toBe(0);
    expect(store.acd.broadcasts.size).toBe(2);
  });
});

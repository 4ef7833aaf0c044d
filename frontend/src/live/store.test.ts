import { describe, expect, it } from 'vitest';
import { LiveStore } from './store';
import { channel, snapshot } from './fixtures';

describe('LiveStore', () => {
  it('replaces everything with a snapshot and maps asterisk ids to server names', () => {
    const store = new LiveStore();
    store.applySnapshot(snapshot([channel('c1'), channel('c2')]));
    expect(store.channels().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(store.bridges()).toHaveLength(1);
    expect(store.endpoints()[0].resource).toBe('1001');
    expect(store.deviceStates()[0].name).toBe('Stasis:agent-1');
    expect(store.serverName('ast-1')).toBe('main');
    store.applySnapshot(snapshot([]));
    expect(store.channels()).toEqual([]);
    expect(store.seq).toBe(0);
  });

  it('applies deltas in sequence as idempotent upserts and removals', () => {
    const store = new LiveStore();
    let changes = 0;
    store.subscribe(() => changes++);
    store.applySnapshot(snapshot());
    expect(store.applyDelta(1, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c1', 'Up') })).toBe('applied');
    expect(store.applyDelta(2, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c1', 'Up') })).toBe('applied');
    expect(store.channels()).toHaveLength(1);
    expect(store.channel('ast-1', 'c1')?.state).toBe('Up');
    expect(store.applyDelta(3, { kind: 'channelRemove', asteriskId: 'ast-1', channelId: 'c1', reason: 'DESTROYED', cause: 16, causeTxt: 'Normal Clearing' })).toBe('applied');
    expect(store.applyDelta(4, { kind: 'channelRemove', asteriskId: 'ast-1', channelId: 'c1', reason: 'DESTROYED', cause: 16, causeTxt: 'Normal Clearing' })).toBe('applied');
    expect(store.channels()).toEqual([]);
    expect(store.lastEnded?.causeTxt).toBe('Normal Clearing');
    expect(store.applyDelta(5, { kind: 'bridgeRemove', asteriskId: 'ast-1', bridgeId: 'b1', reason: 'DESTROYED' })).toBe('applied');
    expect(store.applyDelta(6, { kind: 'deviceStateUpsert', asteriskId: 'ast-1', deviceState: { asteriskId: 'ast-1', name: 'Stasis:agent-1', state: 'BUSY' } })).toBe('applied');
    expect(store.applyDelta(7, { kind: 'endpointUpsert', asteriskId: 'ast-1', endpoint: { asteriskId: 'ast-1', technology: 'PJSIP', resource: '1001', state: 'offline', channelIds: [], peerStatus: null } })).toBe('applied');
    expect(store.bridges()).toEqual([]);
    expect(store.deviceStates()[0].state).toBe('BUSY');
    expect(store.endpoints()).toHaveLength(1);
    expect(store.endpoints()[0].state).toBe('offline');
    expect(changes).toBe(8);
  });

  it('reports a gap and applies nothing when a seq is skipped or repeated', () => {
    const store = new LiveStore();
    store.applySnapshot(snapshot([]));
    expect(store.applyDelta(2, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c9') })).toBe('gap');
    expect(store.channels()).toEqual([]);
    expect(store.applyDelta(1, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c9') })).toBe('applied');
    expect(store.applyDelta(1, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c9') })).toBe('gap');
    expect(store.inStep(1)).toBe(true);
    expect(store.inStep(2)).toBe(false);
  });

  it('counts unknown kinds and learns servers that first appear in a delta', () => {
    const store = new LiveStore();
    store.applySnapshot(snapshot([]));
    expect(store.applyDelta(1, { kind: 'agentUpsert', asteriskId: 'ast-1' })).toBe('applied');
    expect(store.applyDelta(2, { kind: 'resynced', asteriskId: 'ast-2', server: 'second', takenAt: 'now' })).toBe('applied');
    expect(store.applyDelta(3, { kind: 'channelUpsert', asteriskId: 'ast-2', channel: channel('x', 'Up', { asteriskId: 'ast-2' }) })).toBe('applied');
    expect(store.serverName('ast-2')).toBe('second');
    expect(store.channels().map((c) => c.id)).toEqual(['x']);
  });

  it('applies a batch as consecutive deltas, with the same gap check on its first seq', () => {
    const store = new LiveStore();
    store.applySnapshot(snapshot([]));
    expect(store.applyDeltas(1, [
      { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c1') },
      { kind: 'agentUpsert', asteriskId: 'ast-1' },
      { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c2') },
    ])).toBe('applied');
    expect(store.channels().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(store.inStep(3)).toBe(true);
    expect(store.applyDeltas(5, [{ kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c3') }])).toBe('gap');
    expect(store.applyDeltas(3, [{ kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c3') }])).toBe('gap');
    expect(store.channels().map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(store.applyDelta(4, { kind: 'channelRemove', asteriskId: 'ast-1', channelId: 'c1', reason: 'DESTROYED', cause: 16, causeTxt: 'Normal Clearing' })).toBe('applied');
    expect(store.channels().map((c) => c.id)).toEqual(['c2']);
  });

  it('ignores deltas before the first snapshot', () => {
    const store = new LiveStore();
    expect(store.applyDelta(1, { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c1') })).toBe('stale');
    expect(store.channels()).toEqual([]);
  });
});

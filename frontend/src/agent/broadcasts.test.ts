import { describe, expect, it } from 'vitest';
import type { Broadcast } from '../live';
import { DismissedBroadcasts, visibleBroadcasts } from './broadcasts';

const b = (id: string, at: string, queues: string[] = []): Broadcast => ({ id, from: 'sup-sales', text: `msg ${id}`, at, queues });

describe('visibleBroadcasts', () => {
  it('shows messages for everyone or my queues, not dismissed ones, newest first', () => {
    const all = [b('1', '2026-01-01T10:00:00Z'), b('2', '2026-01-01T10:05:00Z', ['sales']), b('3', '2026-01-01T10:06:00Z', ['support']),
      b('4', '2026-01-01T10:07:00Z')];
    expect(visibleBroadcasts(all, new Set(['4']), ['sales']).map((x) => x.id)).toEqual(['2', '1']);
  });
});

describe('DismissedBroadcasts', () => {
  it('remembers dismissed ids in the storage and survives garbage there', () => {
    const data = new Map<string, string>();
    const storage = { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => { data.set(k, v); } };
    new DismissedBroadcasts('k', storage).dismiss('x1');
    expect([...new DismissedBroadcasts('k', storage).ids]).toEqual(['x1']);
    data.set('k', '{not json');
    expect(new DismissedBroadcasts('k', storage).ids.size).toBe(0);
    expect(new DismissedBroadcasts('k', null).ids.size).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SocketLike } from '../live';
import { pushUrl, WallboardPush, type PushState } from './push';
import type { PushFrame } from './types';

class FakeSocket implements SocketLike {
  readyState = 1;
  sent: string[] = [];
  closedWith: number | null = null;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  send(data: string): void { this.sent.push(data); }
  close(code?: number): void { this.closedWith = code ?? 1000; }
  frame(f: unknown): void { this.onmessage?.({ data: JSON.stringify(f) }); }
  serverClose(code: number): void { this.onclose?.({ code, reason: '' }); }
}

describe('WallboardPush', () => {
  let sockets: FakeSocket[];
  let states: PushState[];
  let frames: PushFrame[];
  let push: WallboardPush;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    states = [];
    frames = [];
    push = new WallboardPush({
      url: 'ws://x', random: () => 0.5, now: () => Date.now(),
      createSocket: () => { const s = new FakeSocket(); sockets.push(s); return s; },
      onFrame: (f) => frames.push(f), onState: (s) => states.push(s),
    });
    push.start();
  });

  afterEach(() => {
    push.stop();
    vi.useRealTimers();
  });

  const hello = { type: 'hello', wallboard: { id: 1 }, heartbeatMs: 1000, minIntervalMs: 1000, metrics: [] };

  it('goes live on the first frame, stale when heartbeats stop, and recovers on a new socket by itself', () => {
    sockets[0].frame(hello);
    expect(states.at(-1)?.kind).toBe('live');
    vi.advanceTimersByTime(3000);
    expect(states.at(-1)?.kind).toBe('stale');
    expect(sockets[0].closedWith).toBe(4000);
    vi.advanceTimersByTime(1000);
    expect(sockets.length).toBe(2);
    sockets[1].frame(hello);
    expect(states.at(-1)?.kind).toBe('live');
    expect(frames.length).toBe(2);
  });

  it('reconnects with backoff after a close, and stops for good when the kiosk link is revoked', () => {
    sockets[0].serverClose(1006);
    expect(states.at(-1)?.kind).toBe('stale');
    vi.advanceTimersByTime(600);
    expect(sockets.length).toBe(2);
    sockets[1].serverClose(4401);
    expect(states.at(-1)).toEqual({ kind: 'refused', reason: expect.stringContaining('revoked') });
    vi.advanceTimersByTime(60_000);
    expect(sockets.length).toBe(2);
  });

  it('builds the socket URL with the kiosk token', () => {
    expect(pushUrl(7, null, { protocol: 'https:', host: 'h' })).toBe('wss://h/api/wallboard-push/7');
    expect(pushUrl(7, 'a b', { protocol: 'http:', host: 'h' })).toBe('ws://h/api/wallboard-push/7?kiosk=a%20b');
  });
});

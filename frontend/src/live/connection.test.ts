import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeReason, LiveConnection, liveUrl, type LinkState, type SocketLike } from './connection';
import { LiveStore } from './store';
import { channel, snapshot } from './fixtures';

/** A socket the test plays the server for. */
class FakeSocket implements SocketLike {
  readyState = 1;
  sent: unknown[] = [];
  closedWith: number | null = null;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: { code: number; reason: string }) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;

  constructor(readonly url: string) {
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }

  close(code = 1000): void {
    this.closedWith = code;
    this.readyState = 3;
  }

  server(msg: unknown): void {
    this.onmessage?.({ data: JSON.stringify(msg) });
  }

  drop(code: number, reason = ''): void {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

describe('LiveConnection', () => {
  let sockets: FakeSocket[];
  let states: LinkState[];
  let store: LiveStore;
  let conn: LiveConnection;

  beforeEach(() => {
    vi.useFakeTimers();
    sockets = [];
    states = [];
    store = new LiveStore();
    conn = new LiveConnection({
      url: 'ws://h/api/live', store, random: () => 0.5,
      backoff: { initialMs: 100, maxMs: 1000, factor: 2, jitter: 0 },
      createSocket: (url) => { const s = new FakeSocket(url); sockets.push(s); return s; },
      onState: (s) => states.push(s),
    });
    conn.start();
  });

  afterEach(() => {
    conn.stop();
    vi.useRealTimers();
  });

  const last = () => sockets[sockets.length - 1];

  it('is live once the snapshot is in, then follows deltas', () => {
    expect(conn.state.kind).toBe('connecting');
    last().server(snapshot());
    expect(conn.state.kind).toBe('live');
    last().server({ type: 'delta', seq: 1, change: { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c2', 'Up') } });
    expect(store.channels().map((c) => c.id)).toEqual(['c1', 'c2']);
    last().server({ type: 'heartbeat', seq: 1, at: 'now' });
    expect(last().sent).toEqual([]);
  });

  it('asks for a resync on a seq gap and ignores deltas until the fresh snapshot', () => {
    last().server(snapshot());
    last().server({ type: 'delta', seq: 2, change: { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('lost') } });
    expect(last().sent).toEqual([{ type: 'resync' }]);
    last().server({ type: 'delta', seq: 3, change: { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('late') } });
    expect(store.channels().map((c) => c.id)).toEqual(['c1']);
    expect(last().sent).toHaveLength(1);
    last().server(snapshot([channel('fresh')]));
    last().server({ type: 'delta', seq: 1, change: { kind: 'channelRemove', asteriskId: 'ast-1', channelId: 'fresh', reason: 'DESTROYED', cause: 16, causeTxt: 'Normal Clearing' } });
    expect(store.channels()).toEqual([]);
    expect(conn.resyncs).toBe(1);
  });

  it('follows a deltas batch and resyncs when a batch skips a seq', () => {
    last().server(snapshot());
    last().server({ type: 'deltas', first: 1, changes: [
      { kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('c2') },
      { kind: 'channelRemove', asteriskId: 'ast-1', channelId: 'c1', reason: 'DESTROYED', cause: 16, causeTxt: 'Normal Clearing' },
    ] });
    expect(store.channels().map((c) => c.id)).toEqual(['c2']);
    last().server({ type: 'heartbeat', seq: 2, at: 'now' });
    expect(last().sent).toEqual([]);
    last().server({ type: 'deltas', first: 4, changes: [{ kind: 'channelUpsert', asteriskId: 'ast-1', channel: channel('lost') }] });
    expect(last().sent).toEqual([{ type: 'resync' }]);
    expect(store.channels().map((c) => c.id)).toEqual(['c2']);
  });

  it('treats a heartbeat whose seq is ahead as a lost trailing delta', () => {
    last().server(snapshot());
    last().server({ type: 'heartbeat', seq: 4, at: 'now' });
    expect(last().sent).toEqual([{ type: 'resync' }]);
  });

  it('pings within the idle timeout so the server keeps the connection', () => {
    last().server(snapshot()); // idleTimeoutMs 9000 → a ping every 3000 ms
    last().server({ type: 'heartbeat', seq: 0, at: 'now' });
    vi.advanceTimersByTime(900);
    last().server({ type: 'heartbeat', seq: 0, at: 'now' });
    vi.advanceTimersByTime(900);
    last().server({ type: 'heartbeat', seq: 0, at: 'now' });
    vi.advanceTimersByTime(900);
    last().server({ type: 'heartbeat', seq: 0, at: 'now' });
    vi.advanceTimersByTime(400);
    expect(last().sent).toEqual([{ type: 'ping', id: '1' }]);
  });

  it('reconnects with growing backoff after closes and resets it after a snapshot', () => {
    last().server(snapshot());
    last().drop(4008, 'too slow: resync');
    expect(conn.state).toMatchObject({ kind: 'reconnecting', reason: 'the server found this browser too slow' });
    vi.advanceTimersByTime(99);
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(sockets).toHaveLength(2);
    last().drop(1006);
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(2); // second failure in a row: 200 ms
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(3);
    last().server(snapshot([]));
    expect(conn.state.kind).toBe('live');
    expect(store.channels()).toEqual([]);
    last().drop(4001, 'idle');
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(4);
    expect(states.map((s) => s.kind)).toContain('reconnecting');
  });

  it('closes and reconnects when the server falls silent', () => {
    last().server(snapshot()); // heartbeat 1000 ms: silent for 3 s = dead
    vi.advanceTimersByTime(4000);
    expect(sockets[0].closedWith).toBe(4000);
    expect(conn.state).toMatchObject({ kind: 'reconnecting', reason: 'no heartbeat for 3 s' });
  });

  it('stops for good when the session ended (4003): reconnecting cannot help, the user must log in again', () => {
    last().server(snapshot([]));
    last().drop(4003, 'session ended, log in again');
    expect(conn.state).toEqual({ kind: 'ended', reason: 'Your session has ended: log in again' });
    vi.advanceTimersByTime(60_000);
    conn.reconnectNow();
    expect(sockets).toHaveLength(1);
  });

  it('reconnects at once on request and stays down when stopped', () => {
    last().drop(1006);
    conn.reconnectNow();
    expect(sockets).toHaveLength(2);
    conn.stop();
    expect(sockets[1].closedWith).toBe(1000);
    vi.advanceTimersByTime(10_000);
    expect(sockets).toHaveLength(2);
    expect(conn.state.kind).toBe('stopped');
  });
});

describe('helpers', () => {
  it('builds the websocket url from the page location', () => {
    expect(liveUrl({ protocol: 'https:', host: 'cc.example:8443' })).toBe('wss://cc.example:8443/api/live');
    expect(liveUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/api/live');
  });

  it('says why the connection closed', () => {
    expect(closeReason(4001, 'idle: no client message')).toMatch(/idle/);
    expect(closeReason(1006, '')).toBe('the connection was lost');
    expect(closeReason(1011, 'boom')).toBe('boom');
    expect(closeReason(4003, 'session ended, log in again')).toBe('Your session has ended: log in again');
  });
});

import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { CLOSE_IDLE, CLOSE_SESSION_ENDED, CLOSE_TOO_SLOW, parseServerMessage, type ClientMessage, type ServerMessage } from './messages';
import type { LiveStore } from './store';

/** The part of the browser WebSocket this module uses (tests hand in their own). */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: { code: number; reason: string }) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

/** Where the live link stands, for the banner. */
export type LinkState =
  | { kind: 'connecting'; attempt: number }
  | { kind: 'live'; since: number }
  | { kind: 'reconnecting'; attempt: number; retryAt: number; reason: string }
  /** The server closed with 4003: the login session is over, the user must log in again (no reconnect). */
  | { kind: 'ended'; reason: string }
  | { kind: 'stopped' };

export interface LiveConnectionOptions {
  url: string;
  store: LiveStore;
  createSocket?: (url: string) => SocketLike;
  backoff?: BackoffOptions;
  random?: () => number;
  onState?: (state: LinkState) => void;
  /** A server silent for this many heartbeat intervals is taken for dead. */
  silentHeartbeats?: number;
}

const OPEN = 1;

/**
 * The authenticated /api/live websocket (the session cookie rides along): feeds the store, asks for a fresh
 * snapshot on a seq gap, pings so the server does not close it idle, treats a silent server as dead, and reconnects
 * with backoff after any close (4008 too slow, 4001 idle, network loss) except 4003: the session ended, so it stops.
 */
export class LiveConnection {
  state: LinkState = { kind: 'stopped' };
  /** Resyncs asked for because of a gap (shown in the UI's status line, counted in tests). */
  resyncs = 0;
  private socket: SocketLike | null = null;
  private attempt = 0;
  /** Closes since the last snapshot: drives the backoff. */
  private failures = 0;
  private awaitingSnapshot = true;
  private lastHeard = 0;
  private pingId = 0;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;

  constructor(private readonly opts: LiveConnectionOptions) {
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimers();
    this.clearRetry();
    this.socket?.close(1000, 'page closed');
    this.socket = null;
    this.setState({ kind: 'stopped' });
  }

  /** "Reconnect now" in the banner: skips the remaining backoff. */
  reconnectNow(): void {
    if (this.state.kind === 'reconnecting') {
      this.clearRetry();
      this.connect();
    }
  }

  private connect(): void {
    this.attempt++;
    this.awaitingSnapshot = true;
    this.setState({ kind: 'connecting', attempt: this.attempt });
    const socket = (this.opts.createSocket ?? browserSocket)(this.opts.url);
    this.socket = socket;
    socket.onmessage = (ev) => {
      if (this.socket === socket) {
        this.heard(typeof ev.data === 'string' ? ev.data : '');
      }
    };
    socket.onclose = (ev) => {
      if (this.socket === socket) {
        this.closed(ev.code, ev.reason);
      }
    };
    socket.onerror = () => undefined; // a close event always follows; that is where we act
    socket.onopen = () => undefined; // live only once the snapshot is in
  }

  private heard(text: string): void {
    this.lastHeard = Date.now();
    const msg = parseServerMessage(text);
    if (msg) {
      this.handle(msg);
    }
  }

  private handle(msg: ServerMessage): void {
    const store = this.opts.store;
    switch (msg.type) {
      case 'snapshot':
        store.applySnapshot(msg);
        this.awaitingSnapshot = false;
        if (this.state.kind !== 'live') {
          this.attempt = 0;
          this.failures = 0;
          this.startKeepAlive(msg.heartbeatMs, msg.idleTimeoutMs);
          this.setState({ kind: 'live', since: Date.now() });
        }
        break;
      case 'delta':
        if (!this.awaitingSnapshot && store.applyDelta(msg.seq, msg.change) === 'gap') {
          this.resync();
        }
        break;
      case 'deltas':
        if (!this.awaitingSnapshot && store.applyDeltas(msg.first, msg.changes) === 'gap') {
          this.resync();
        }
        break;
      case 'heartbeat':
      case 'pong':
        if (!this.awaitingSnapshot && !store.inStep(msg.seq)) {
          this.resync();
        }
        break;
      default:
        break; // 'error': the server did not understand us; nothing to repair
    }
  }

  private resync(): void {
    this.resyncs++;
    this.awaitingSnapshot = true;
    this.send({ type: 'resync' });
  }

  private startKeepAlive(heartbeatMs: number, idleTimeoutMs: number): void {
    this.clearTimers();
    // the server closes a connection silent for idleTimeoutMs: ping three times within it
    const pingEvery = Math.max(1000, Math.floor(idleTimeoutMs / 3));
    this.timers.push(setInterval(() => this.send({ type: 'ping', id: String(++this.pingId) }), pingEvery));
    const deadAfter = heartbeatMs * (this.opts.silentHeartbeats ?? 3);
    this.timers.push(setInterval(() => {
      if (Date.now() - this.lastHeard > deadAfter) {
        this.socket?.close(4000, 'server silent');
        this.closed(4000, `no heartbeat for ${Math.round(deadAfter / 1000)} s`);
      }
    }, heartbeatMs));
  }

  private closed(code: number, reason: string): void {
    this.socket = null;
    this.clearTimers();
    if (this.stopped) {
      return;
    }
    if (code === CLOSE_SESSION_ENDED) {
      this.stopped = true;
      this.setState({ kind: 'ended', reason: closeReason(code, reason) });
      return;
    }
    this.failures++;
    const delay = backoffDelay(this.failures, this.opts.backoff ?? DEFAULT_BACKOFF, this.opts.random);
    this.setState({ kind: 'reconnecting', attempt: this.failures, retryAt: Date.now() + delay, reason: closeReason(code, reason) });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.connect();
    }, delay);
  }

  private send(msg: ClientMessage): void {
    if (this.socket && this.socket.readyState === OPEN) {
      this.socket.send(JSON.stringify(msg));
    }
  }

  private setState(state: LinkState): void {
    this.state = state;
    this.opts.onState?.(state);
  }

  private clearTimers(): void {
    this.timers.forEach((t) => clearInterval(t));
    this.timers = [];
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }
}

/** The close in words for the banner. */
export function closeReason(code: number, reason: string): string {
  if (code === CLOSE_TOO_SLOW) {
    return 'the server found this browser too slow';
  }
  if (code === CLOSE_IDLE) {
    return 'the server closed the idle connection';
  }
  if (code === CLOSE_SESSION_ENDED) {
    return 'Your session has ended: log in again';
  }
  if (code === 1006 || code === 1005) {
    return 'the connection was lost';
  }
  return reason ? reason : `closed (code ${code})`;
}

function browserSocket(url: string): SocketLike {
  return new WebSocket(url) as unknown as SocketLike;
}

/** ws(s)://<this host>/api/live. */
export function liveUrl(loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api/live`;
}

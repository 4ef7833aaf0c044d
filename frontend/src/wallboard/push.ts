import { backoffDelay, DEFAULT_BACKOFF, type SocketLike } from '../live';
import { isStale } from './stale';
import type { PushFrame } from './types';

/** Closes after which retrying cannot help: the screen says why and stops. */
export const FATAL_CLOSES: Record<number, string> = {
  4003: 'Your session has ended: log in again.',
  4401: 'This kiosk link was revoked or is unknown: ask a supervisor for a new one.',
  4403: 'You may not see this wallboard.',
  4404: 'This wallboard no longer exists.',
};

/** What the status line shows. */
export type PushState =
  | { kind: 'connecting' }
  | { kind: 'live' }
  | { kind: 'stale'; since: number }
  | { kind: 'refused'; reason: string };

export interface PushOptions {
  url: string;
  onFrame: (frame: PushFrame) => void;
  onState: (state: PushState) => void;
  createSocket?: (url: string) => SocketLike;
  now?: () => number;
  random?: () => number;
}

/**
 * The wallboard push socket: hands every frame over, watches heartbeats (quiet for too long = "stale", and the
 * socket is replaced), reconnects by itself with backoff (reusing the live client's), and stops on a fatal close.
 */
export class WallboardPush {
  private socket: SocketLike | null = null;
  private lastHeard: number | null = null;
  private heartbeatMs = 5000;
  private failures = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private retry: ReturnType<typeof setTimeout> | null = null;
  private stopped = true;
  private state: PushState = { kind: 'connecting' };

  constructor(private readonly opts: PushOptions) {
  }

  start(): void {
    this.stopped = false;
    this.connect();
    this.timer = setInterval(() => this.watch(), 500);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.retry) clearTimeout(this.retry);
    this.socket?.close(1000, 'page closed');
    this.socket = null;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private connect(): void {
    this.retry = null;
    const socket = (this.opts.createSocket ?? ((u: string) => new WebSocket(u) as unknown as SocketLike))(this.opts.url);
    this.socket = socket;
    socket.onopen = () => undefined;
    socket.onerror = () => undefined;
    socket.onmessage = (ev) => this.heard(String(ev.data));
    socket.onclose = (ev) => this.closed(socket, ev.code);
  }

  private heard(text: string): void {
    let frame: PushFrame;
    try {
      frame = JSON.parse(text) as PushFrame;
    } catch {
      return; // not ours; the heartbeat watch notices if nothing valid arrives
    }
    this.lastHeard = this.now();
    this.failures = 0;
    if (frame.type === 'hello') {
      this.heartbeatMs = frame.heartbeatMs;
    }
    this.setState({ kind: 'live' });
    this.opts.onFrame(frame);
  }

  private closed(socket: SocketLike, code: number): void {
    if (socket !== this.socket || this.stopped) {
      return;
    }
    this.socket = null;
    const fatal = FATAL_CLOSES[code];
    if (fatal) {
      this.stopped = true;
      this.setState({ kind: 'refused', reason: fatal });
      return;
    }
    this.failures++;
    this.setState({ kind: 'stale', since: this.lastHeard ?? this.now() });
    this.retry = setTimeout(() => this.connect(), backoffDelay(this.failures, DEFAULT_BACKOFF, this.opts.random));
  }

  /** Every half second: a socket that went quiet is stale and replaced (a half-dead link never closes by itself). */
  private watch(): void {
    if (this.stopped || !isStale(this.lastHeard, this.now(), this.heartbeatMs)) {
      return;
    }
    this.setState({ kind: 'stale', since: this.lastHeard ?? this.now() });
    const quiet = this.socket;
    if (quiet) {
      this.lastHeard = this.now(); // give the next socket a full heartbeat window before judging it
      quiet.close(4000, 'no heartbeat');
      this.closed(quiet, 4000);
    }
  }

  private setState(state: PushState): void {
    if (state.kind !== this.state.kind || state.kind === 'refused') {
      this.state = state;
      this.opts.onState(state);
    }
  }
}

/** ws(s)://host/api/wallboard-push/{id}, with the kiosk token when there is one. */
export function pushUrl(id: number, kioskToken: string | null, loc: Pick<Location, 'protocol' | 'host'> = window.location): string {
  const base = `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}/api/wallboard-push/${id}`;
  return kioskToken ? `${base}?kiosk=${encodeURIComponent(kioskToken)}` : base;
}

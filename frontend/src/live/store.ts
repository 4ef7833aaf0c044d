import type {
  BridgeView, ChannelView, ConnectionState, Delta, DeviceStateView, EndpointView, KnownDelta, SnapshotMessage,
} from './messages';
import { AcdState } from './acd';

/** One Asterisk server as the browser holds it: objects keyed by id (endpoints by technology/resource). */
export interface ServerLive {
  asteriskId: string;
  server: string;
  connection: ConnectionState | null;
  channels: Map<string, ChannelView>;
  bridges: Map<string, BridgeView>;
  endpoints: Map<string, EndpointView>;
  deviceStates: Map<string, DeviceStateView>;
}

/** Why a channel left, kept briefly so pages can say "ended: Normal Clearing (16)". */
export interface EndedChannel { asteriskId: string; channelId: string; reason: string; cause: number | null; causeTxt: string | null }

/** Outcome of applying a numbered message: `gap` means something was missed and a resync is needed. */
export type SeqOutcome = 'applied' | 'gap' | 'stale';

type Listener = () => void;

/**
 * Snapshot + delta store of /api/live. A snapshot replaces everything and restarts seq at 0; each delta must carry
 * exactly the next seq, otherwise the caller resyncs. Deltas are idempotent upserts/removals.
 */
export class LiveStore {
  readonly servers = new Map<string, ServerLive>();
  /** Seq of the last applied message; -1 until the first snapshot. */
  seq = -1;
  lastEnded: EndedChannel | null = null;
  /** ACD state (agents, queues, waiting callers, broadcasts, supervisor sessions) from the "acd" deltas. */
  readonly acd = new AcdState();
  private readonly listeners = new Set<Listener>();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  applySnapshot(msg: SnapshotMessage): void {
    this.servers.clear();
    this.acd.clear();
    for (const s of msg.servers) {
      const live = this.server(s.asteriskId, s.server);
      live.connection = s.connection;
      s.channels.forEach((c) => live.channels.set(c.id, c));
      s.bridges.forEach((b) => live.bridges.set(b.id, b));
      s.endpoints.forEach((e) => live.endpoints.set(endpointKey(e), e));
      s.deviceStates.forEach((d) => live.deviceStates.set(d.name, d));
    }
    this.seq = msg.seq;
    this.emit();
  }

  /** Applies a delta if its seq is the next one; reports a gap (nothing applied) otherwise. */
  applyDelta(seq: number, change: Delta): SeqOutcome {
    const outcome = this.checkSeq(seq);
    if (outcome !== 'applied') {
      return outcome;
    }
    this.seq = seq;
    this.apply(change);
    this.emit();
    return 'applied';
  }

  /**
   * Applies a batch as consecutive deltas (seq first, first + 1, ...) and notifies once; a gap in its first seq
   * applies nothing.
   */
  applyDeltas(first: number, changes: Delta[]): SeqOutcome {
    const outcome = this.checkSeq(first);
    if (outcome !== 'applied') {
      return outcome;
    }
    this.seq = first + changes.length - 1;
    changes.forEach((c) => this.apply(c));
    this.emit();
    return 'applied';
  }

  /** Heartbeats and pongs carry the last delta's seq: a different number means a delta was lost. */
  checkSeq(seq: number): SeqOutcome {
    if (this.seq < 0) {
      return 'stale';
    }
    return seq === this.seq + 1 ? 'applied' : 'gap';
  }

  /** True when a heartbeat/pong seq matches what we applied. */
  inStep(seq: number): boolean {
    return this.seq >= 0 && seq === this.seq;
  }

  /** Every server's channels (tables show all servers at once); likewise below. */
  channels(): ChannelView[] {
    return this.flat((s) => s.channels);
  }

  bridges(): BridgeView[] {
    return this.flat((s) => s.bridges);
  }

  endpoints(): EndpointView[] {
    return this.flat((s) => s.endpoints);
  }

  deviceStates(): DeviceStateView[] {
    return this.flat((s) => s.deviceStates);
  }

  channel(asteriskId: string, id: string): ChannelView | undefined {
    return this.servers.get(asteriskId)?.channels.get(id);
  }

  /** The configured server name (what the REST API wants) of an Asterisk id. */
  serverName(asteriskId: string): string | undefined {
    return this.servers.get(asteriskId)?.server;
  }

  private apply(change: Delta): void {
    const id = change.asteriskId;
    if (typeof id !== 'string' || this.acd.apply(change)) {
      return;
    }
    const d = change as KnownDelta;
    switch (d.kind) {
      case 'channelUpsert': this.server(id).channels.set(d.channel.id, d.channel); break;
      case 'channelRemove':
        this.server(id).channels.delete(d.channelId);
        this.lastEnded = { asteriskId: id, channelId: d.channelId, reason: d.reason, cause: d.cause, causeTxt: d.causeTxt };
        break;
      case 'bridgeUpsert': this.server(id).bridges.set(d.bridge.id, d.bridge); break;
      case 'bridgeRemove': this.server(id).bridges.delete(d.bridgeId); break;
      case 'endpointUpsert': this.server(id).endpoints.set(endpointKey(d.endpoint), d.endpoint); break;
      case 'deviceStateUpsert': this.server(id).deviceStates.set(d.deviceState.name, d.deviceState); break;
      case 'resynced': {
        const s = this.server(id, d.server);
        s.server = d.server;
        s.connection = 'CONNECTED';
        break;
      }
      default: break; // a kind this client does not know yet
    }
  }

  private flat<V>(pick: (s: ServerLive) => Map<string, V>): V[] {
    const out: V[] = [];
    this.servers.forEach((s) => pick(s).forEach((v) => out.push(v)));
    return out;
  }

  private server(asteriskId: string, name?: string): ServerLive {
    let s = this.servers.get(asteriskId);
    if (!s) {
      s = {
        asteriskId, server: name ?? asteriskId, connection: null, channels: new Map(), bridges: new Map(),
        endpoints: new Map(), deviceStates: new Map(),
      };
      this.servers.set(asteriskId, s);
    }
    return s;
  }

  private emit(): void {
    this.listeners.forEach((l) => l());
  }
}

export function endpointKey(e: Pick<EndpointView, 'technology' | 'resource'>): string {
  return `${e.technology}/${e.resource}`;
}

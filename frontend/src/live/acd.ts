import type { Delta } from './messages';

/** ACD deltas of /api/live (asteriskId "acd"): agents, queues, waiting callers, broadcasts, supervisor sessions. */
export interface AgentLive {
  username: string; endpoint: string | null; state: string; since: string | null; queues: string[];
  reason: string | null; nextState: string | null; callId: string | null; queue: string | null; wrapUpUntil: string | null;
}
export interface QueueLive {
  name: string; waiting: number; oldestEnqueuedAt: string | null; loggedIn: number; ready: number; reserved: number;
  onCall: number; wrapUp: number; paused: number;
}
export interface WaitingCaller {
  callId: string; channelId: string; callerNumber: string | null; callerName: string | null; did: string | null;
  priority: number; position: number; enqueuedAt: string;
}
export interface Broadcast { id: string; from: string; text: string; at: string; queues: string[] }
export interface MonitorLive {
  id: string; supervisor: string; agent: string; callId: string | null; mode: 'listen' | 'whisper' | 'barge';
  state: 'ringing' | 'active' | 'ended'; endpoint: string; since: string | null; reason: string | null;
}

/**
 * The ACD part of the live state. Cleared with every snapshot (the server sends the ACD's current state as deltas
 * right after it); upserts replace by key, so applying a delta twice changes nothing.
 */
export class AcdState {
  readonly agents = new Map<string, AgentLive>();
  readonly queues = new Map<string, QueueLive>();
  /** Waiting callers per queue, in queue order. */
  readonly waiting = new Map<string, WaitingCaller[]>();
  readonly broadcasts = new Map<string, Broadcast>();
  readonly monitors = new Map<string, MonitorLive>();

  clear(): void {
    this.agents.clear();
    this.queues.clear();
    this.waiting.clear();
    this.monitors.clear();
    // broadcasts stay: the server replays recent ones, and a message read once should not vanish on a resync
  }

  /** Applies an ACD delta; false for kinds that are not ACD state. */
  apply(change: Delta): boolean {
    const d = change as Record<string, unknown> & { kind: string };
    switch (d.kind) {
      case 'agentUpsert': this.agents.set(d.username as string, d as unknown as AgentLive); return true;
      case 'queueUpsert': this.queues.set(d.name as string, d as unknown as QueueLive); return true;
      case 'waitingCallers': this.waiting.set(d.queue as string, (d.callers as WaitingCaller[]) ?? []); return true;
      case 'broadcast': this.broadcasts.set(d.id as string, d as unknown as Broadcast); return true;
      case 'monitorUpsert': {
        const m = d as unknown as MonitorLive;
        if (m.state === 'ended') {
          this.monitors.delete(m.id);
        } else {
          this.monitors.set(m.id, m);
        }
        return true;
      }
      default: return false;
    }
  }

  /** Broadcasts newest first. */
  recentBroadcasts(): Broadcast[] {
    return [...this.broadcasts.values()].sort((a, b) => b.at.localeCompare(a.at));
  }
}

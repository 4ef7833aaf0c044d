import type { Broadcast } from '../live';

/**
 * The broadcasts an agent should see as banners: meant for everyone (no queues) or for one of the agent's queues,
 * not dismissed, newest first.
 */
export function visibleBroadcasts(all: readonly Broadcast[], dismissed: ReadonlySet<string>, myQueues: readonly string[]): Broadcast[] {
  return all
    .filter((b) => !dismissed.has(b.id))
    .filter((b) => !b.queues || b.queues.length === 0 || b.queues.some((q) => myQueues.includes(q)))
    .sort((a, b) => (Date.parse(b.at) || 0) - (Date.parse(a.at) || 0));
}

/** Dismissed ids survive a reload of the page (per user, in this browser tab's storage). */
export class DismissedBroadcasts {
  readonly ids: Set<string>;

  constructor(private readonly key: string, private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null) {
    let saved: unknown = [];
    try {
      saved = JSON.parse(storage?.getItem(key) ?? '[]');
    } catch {
      saved = [];
    }
    this.ids = new Set(Array.isArray(saved) ? saved.filter((s): s is string => typeof s === 'string') : []);
  }

  dismiss(id: string): void {
    this.ids.add(id);
    // keep the list short: ids of old broadcasts are never sent again after a while anyway
    this.storage?.setItem(this.key, JSON.stringify([...this.ids].slice(-200)));
  }
}

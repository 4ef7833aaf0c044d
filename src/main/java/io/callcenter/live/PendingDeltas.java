package io.callcenter.live;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * One connection's deltas waiting to be sent, one per object: the latest state wins, a removal wins over a later
 * upsert. Filled by the ARI dispatch threads, drained by the connection's send loop.
 */
final class PendingDeltas {

    private final LinkedHashMap<String, PendingDelta> byKey = new LinkedHashMap<>();
    private final int bound;
    private boolean over;
    private long overSince;

    PendingDeltas(int bound) {
        this.bound = bound;
    }

    /** Adds a delta and returns how many objects are pending. */
    synchronized int put(PendingDelta d) {
        String key = d.key();
        PendingDelta old = byKey.remove(key);
        // re-inserting moves the object to the end: its newest state may refer to objects changed before it
        byKey.put(key, old != null && old.delta().removal() && !d.delta().removal() ? old : d);
        return byKey.size();
    }

    /** Marks the moment the backlog went over its bound; true only for the first call since it was last drained. */
    synchronized boolean markOver(long nanos) {
        if (over || byKey.size() <= bound) {
            return false;
        }
        over = true;
        overSince = nanos;
        return true;
    }

    /** How long the backlog has been over its bound, in nanoseconds; -1 when it is not. */
    synchronized long overFor(long nanos) {
        return over ? nanos - overSince : -1;
    }

    /** Takes up to {@code max} of the oldest deltas; the backlog stays "over" while what is left is still over. */
    synchronized List<PendingDelta> drain(int max) {
        List<PendingDelta> taken = new ArrayList<>(Math.min(max, byKey.size()));
        Iterator<PendingDelta> it = byKey.values().iterator();
        while (it.hasNext() && taken.size() < max) {
            taken.add(it.next());
            it.remove();
        }
        if (byKey.size() <= bound) {
            over = false;
        }
        return taken;
    }

    synchronized void clear() {
        byKey.clear();
        over = false;
    }

    synchronized boolean isEmpty() {
        return byKey.isEmpty();
    }
}

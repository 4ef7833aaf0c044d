package io.callcenter.live;

import java.util.List;

/**
 * The deltas of one flush interval that one audience (connections with equal {@link Visibility}) sees, filtered,
 * coalesced and encoded once: a thousand connections that see the same thing send the same text.
 *
 * @param items the deltas, oldest first, at most one per object
 * @param json their JSON joined by commas: the {@code changes} array of a {@code deltas} frame without brackets
 */
record SharedFrame(List<PendingDelta> items, String json) {

    static final SharedFrame EMPTY = new SharedFrame(List.of(), "");

    /** What {@code visibility} sees of {@code deltas}, latest state per object; {@link #EMPTY} when nothing. */
    static SharedFrame of(List<PendingDelta> deltas, Visibility visibility) {
        PendingDeltas seen = new PendingDeltas(Integer.MAX_VALUE);
        for (PendingDelta d : deltas) {
            if (visibility.sees(d.delta())) {
                seen.put(d);
            }
        }
        if (seen.isEmpty()) {
            return EMPTY;
        }
        List<PendingDelta> items = seen.drain(Integer.MAX_VALUE);
        return new SharedFrame(items, WireCodec.joined(items));
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}

package io.callcenter.live;

import java.util.List;

/**
 * The deltas of one flush interval that one audience (connections with equal {@link Visibility}) sees, filtered,
 * coalesced and encoded once: a thousand connections that see the same thing send the same bytes, each behind its
 * own few bytes of sequence number.
 *
 * @param items the deltas, oldest first, at most one per object
 * @param body  the tail of the {@code deltas} frame, UTF-8: their JSON joined by commas and the closing brackets
 *              ({@link WireCodec#deltasBody}); each connection copies it behind its own head into one pooled buffer
 */
record SharedFrame(List<PendingDelta> items, byte[] body) {

    static final SharedFrame EMPTY = new SharedFrame(List.of(), new byte[0]);

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
        return new SharedFrame(items, WireCodec.deltasBody(items));
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }
}

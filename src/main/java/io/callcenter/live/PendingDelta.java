package io.callcenter.live;

import io.callcenter.live.wire.Delta;

/** A delta on its way to browsers; its JSON is made at most once, by the first connection that sends it. */
final class PendingDelta {

    private final Delta delta;
    /** Computed once: each of a thousand connections' backlogs looks it up. */
    private final String key;
    private final WireCodec codec;
    /** When it was queued (System.nanoTime): how long deltas wait for their flush is what push latency is made of. */
    private final long queuedAt = System.nanoTime();
    private volatile String json;

    PendingDelta(Delta delta, WireCodec codec) {
        this.delta = delta;
        this.key = delta.key();
        this.codec = codec;
    }

    long queuedAt() {
        return queuedAt;
    }

    Delta delta() {
        return delta;
    }

    String key() {
        return key;
    }

    String json() {
        String j = json;
        if (j == null) {
            // two connections may race to encode: both get the same text, so no lock is needed
            j = codec.encode(delta);
            json = j;
        }
        return j;
    }
}

package io.callcenter.live;

import java.util.List;

/**
 * Watches {@link LiveFanout}'s flushes (times are {@code System.nanoTime}): where a delta's push latency goes, from
 * its queueing to the last connection's write. Called on the flushing threads; implementations must be cheap.
 */
interface FlushObserver {

    /** A flush started at {@code start} with these deltas (each knows when it was queued). */
    void started(long start, List<PendingDelta> drained);

    /** One event loop began writing the frames of the flush started at {@code start}, and wrote the last one. */
    void written(long start, long began, long done, int frames);
}

package io.callcenter.live;

import java.util.List;

/**
 * Watches {@link LiveFanout}'s flushes (times are {@code System.nanoTime}): where a delta's push latency goes, from
 * its queueing to the last connection's write. Called on the event loops; implementations must be cheap.
 */
interface FlushObserver {

    /**
     * One event loop's flush: started at {@code start} with these deltas (each knows when it was queued), its last
     * frame ({@code frames} in all) written at {@code done}.
     */
    void flushed(long start, List<PendingDelta> drained, long done, int frames);
}

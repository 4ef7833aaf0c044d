package io.callcenter.live;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The fan-out benchmark's split of push latency inside the server JVM, in the measured window: fake push → ARI
 * dispatch (per frame), queued → flush start (per delta), flush start → each event loop's first and last write,
 * flush start → the last connection's frame written (per flush), and this JVM's GC pauses.
 */
final class FanoutSplit implements FlushObserver {

    final LatencyHistogram dispatch = new LatencyHistogram();
    final LatencyHistogram queued = new LatencyHistogram();
    final LatencyHistogram loopBegan = new LatencyHistogram();
    final LatencyHistogram lastWritten = new LatencyHistogram();
    final LatencyHistogram interval = new LatencyHistogram();
    final AtomicLong flushes = new AtomicLong();
    final AtomicLong frames = new AtomicLong();
    private final GcPauses gc;
    private final AtomicLongArray sentAt;
    private final int firstFrame;
    /** The current flush (ticks never overlap) and when its latest loop finished. */
    private long flush;
    private long flushDone;
    private long lastStart;

    FanoutSplit(AtomicLongArray sentAt, int firstFrame) {
        this.sentAt = sentAt;
        this.firstFrame = firstFrame;
        this.gc = new GcPauses(() -> inWindow(System.nanoTime()));
    }

    private boolean inWindow(long nanos) {
        long from = sentAt.get(firstFrame);
        return from != 0 && nanos >= from;
    }

    /** On the ARI dispatch thread: the mirror applied frame {@code frame}. */
    void dispatched(int frame, long now) {
        if (frame >= firstFrame) {
            dispatch.record(now - sentAt.get(frame));
        }
    }

    @Override
    public synchronized void started(long start, List<PendingDelta> drained) {
        if (flush != 0 && inWindow(flush)) {
            lastWritten.record(flushDone - flush);
            interval.record(start - lastStart);
        }
        flush = start;
        flushDone = start;
        lastStart = start;
        if (inWindow(start)) {
            flushes.incrementAndGet();
            for (PendingDelta d : drained) {
                queued.record(start - d.queuedAt());
            }
        }
    }

    @Override
    public synchronized void written(long start, long began, long done, int count) {
        if (start == flush) {
            flushDone = Math.max(flushDone, done);
        }
        if (inWindow(start)) {
            loopBegan.record(began - start);
            frames.addAndGet(count);
        }
    }

    void stop() {
        gc.stop();
    }

    /** The split as report lines. */
    synchronized String report(double seconds) {
        return String.format("""
                split: push -> ARI dispatched    : %s (per frame)
                split: queued -> flush start     : %s (per delta)
                split: flush start -> loop began : %s (per loop and flush)
                split: flush start -> last write : %s (per flush: last connection's frame written)
                split: flush start interval      : %s; %,.0f flushes/s, %,.0f frames/s written
                server GC in the window          : %s
                """, line(dispatch), line(queued), line(loopBegan), line(lastWritten), line(interval),
                flushes.get() / seconds, frames.get() / seconds, gc.summary());
    }

    static String line(LatencyHistogram h) {
        return String.format("p50 %.1f, p90 %.1f, p99 %.1f, max %.1f ms", h.percentileMs(50), h.percentileMs(90),
                h.percentileMs(99), h.maxMs());
    }
}

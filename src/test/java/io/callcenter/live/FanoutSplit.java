package io.callcenter.live;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The fan-out benchmark's split of push latency inside the server JVM, in the measured window: fake push → ARI
 * dispatch (per frame), queued → flush start (per delta and event loop: each loop flushes on its own), flush start
 * → the loop's last frame written (per loop flush), the interval between a loop's flushes, and this JVM's GC pauses.
 */
final class FanoutSplit implements FlushObserver {

    final LatencyHistogram dispatch = new LatencyHistogram();
    final LatencyHistogram queued = new LatencyHistogram();
    final LatencyHistogram lastWritten = new LatencyHistogram();
    final LatencyHistogram interval = new LatencyHistogram();
    final AtomicLong flushes = new AtomicLong();
    final AtomicLong frames = new AtomicLong();
    /** Frames written in the window per event-loop thread: how the browsers are spread over the loops. */
    private final java.util.Map<String, AtomicLong> perLoop = new java.util.concurrent.ConcurrentHashMap<>();
    private final GcPauses gc;
    private final AtomicLongArray sentAt;
    /** The first measured frame, once the warm-up is over; none until then. */
    private volatile int firstFrame = Integer.MAX_VALUE;
    /** When each event loop's last flush started. */
    private final java.util.Map<String, Long> lastStart = new java.util.HashMap<>();

    FanoutSplit(AtomicLongArray sentAt) {
        this.sentAt = sentAt;
        this.gc = new GcPauses(() -> inWindow(System.nanoTime()));
    }

    /** The warm-up is over: the window starts at this frame (before it is pushed). */
    void measureFrom(int frame) {
        firstFrame = frame;
    }

    private boolean inWindow(long nanos) {
        int first = firstFrame;
        if (first == Integer.MAX_VALUE) {
            return false;
        }
        long from = sentAt.get(first);
        return from != 0 && nanos >= from;
    }

    /** On the ARI dispatch thread: the mirror applied frame {@code frame}. */
    void dispatched(int frame, long now) {
        if (frame >= firstFrame) {
            dispatch.record(now - sentAt.get(frame));
        }
    }

    @Override
    public synchronized void flushed(long start, List<PendingDelta> drained, long done, int count) {
        if (!inWindow(start)) {
            return;
        }
        String loop = Thread.currentThread().getName();
        Long last = lastStart.put(loop, start);
        if (last != null) {
            interval.record(start - last);
        }
        flushes.incrementAndGet();
        for (PendingDelta d : drained) {
            queued.record(start - d.queuedAt());
        }
        lastWritten.record(done - start);
        frames.addAndGet(count);
        perLoop.computeIfAbsent(loop, n -> new AtomicLong()).addAndGet(count);
    }

    void stop() {
        gc.stop();
    }

    /** The split as report lines. */
    synchronized String report(double seconds) {
        return String.format("""
                split: push -> ARI dispatched    : %s (per frame)
                split: queued -> flush start     : %s (per delta and event loop)
                split: flush start -> last write : %s (per flush of an event loop: its last frame written)
                split: flush start interval      : %s (per event loop); %,.0f loop flushes/s, %,.0f frames/s written
                frames/s written per event loop  : %s
                server GC in the window          : %s
                """, line(dispatch), line(queued), line(lastWritten), line(interval),
                flushes.get() / seconds, frames.get() / seconds, perLoop(seconds), gc.summary());
    }

    private String perLoop(double seconds) {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(perLoop).forEach((name, n) -> sb.append(name.replace("vert.x-eventloop-thread-", "loop "))
                .append(' ').append(String.format("%,.0f", n.get() / seconds)).append("; "));
        return sb.toString();
    }

    static String line(LatencyHistogram h) {
        return String.format("p50 %.1f, p90 %.1f, p99 %.1f, max %.1f ms", h.percentileMs(50), h.percentileMs(90),
                h.percentileMs(99), h.maxMs());
    }
}

package io.callcenter.live;

import io.vertx.core.impl.ContextInternal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The started connections of one event loop and that loop's flushes, changed and run only on that loop: each flush
 * takes what the {@link DeltaLog} got since the last one, builds one frame per audience and hands each connection
 * its frame by identity, a slice at a time with the loop's I/O in between (a loop's socket, e.g. the ARI events
 * socket, is read within a slice, not after all of the loop's browsers were written).
 */
final class LoopSessions {

    /** Connections written per turn of the loop: ~0.5 ms of work on a 2-core machine. */
    static final int SLICE = 32;
    private static final Logger LOG = Logger.getLogger(LoopSessions.class);
    private static final LiveSession[] NONE = new LiveSession[0];
    final ContextInternal loop;
    private final LiveFanout fanout;
    /** Copied on change (connections come and go rarely): a flush keeps the array it started with. */
    private LiveSession[] sessions = NONE;
    private DeltaLog.Node cursor;
    /** A flush is still being written: the timer's next tick (or the flush's end) takes what came meanwhile. */
    private boolean writing;
    private boolean skipped;

    LoopSessions(ContextInternal loop, DeltaLog.Node cursor, LiveFanout fanout) {
        this.loop = loop;
        this.cursor = cursor;
        this.fanout = fanout;
    }

    void add(LiveSession session) {
        LiveSession[] more = Arrays.copyOf(sessions, sessions.length + 1);
        more[sessions.length] = session;
        sessions = more;
    }

    void remove(LiveSession session) {
        for (int i = 0; i < sessions.length; i++) {
            if (sessions[i] == session) {
                LiveSession[] fewer = new LiveSession[sessions.length - 1];
                System.arraycopy(sessions, 0, fewer, 0, i);
                System.arraycopy(sessions, i + 1, fewer, i, fewer.length - i);
                sessions = fewer;
                return;
            }
        }
    }

    /** On the loop, every flush interval: everything queued since the last flush, each connection's part in one frame. */
    void flush() {
        if (writing) {
            // what arrives meanwhile goes out, coalesced, as soon as this loop has written the last flush: an
            // overloaded loop sends fewer, larger frames instead of piling up a frame per connection per interval
            skipped = true;
            return;
        }
        List<PendingDelta> drained = new ArrayList<>();
        cursor = DeltaLog.readAfter(cursor, drained);
        LiveSession[] all = sessions;
        if (drained.isEmpty() || all.length == 0) {
            return; // the cursor moved on all the same: what no browser of this loop needs is garbage
        }
        long start = System.nanoTime();
        IdentityHashMap<Audience, SharedFrame> frames = new IdentityHashMap<>();
        for (LiveSession s : all) {
            Audience a = s.audience();
            if (!frames.containsKey(a)) {
                frames.put(a, SharedFrame.of(drained, a.visibility));
            }
        }
        writing = true;
        write(new Flush(all, frames, drained, start), 0, 0);
    }

    private record Flush(LiveSession[] sessions, IdentityHashMap<Audience, SharedFrame> frames,
            List<PendingDelta> drained, long start) {
    }

    /** Hands out one slice; the next one runs after the loop has polled its sockets. */
    private void write(Flush f, int from, int handed) {
        int to = Math.min(from + SLICE, f.sessions.length);
        for (int i = from; i < to; i++) {
            LiveSession s = f.sessions[i];
            SharedFrame frame = f.frames.get(s.audience());
            if (frame != null && !frame.isEmpty()) {
                try {
                    s.deliver(frame);
                    handed++;
                } catch (RuntimeException e) {
                    // one connection's failure must neither stop the others' frames nor this loop's next flushes
                    LOG.errorf(e, "Live connection %s: frame not written", s.id());
                }
            }
        }
        if (to < f.sessions.length) {
            int done = handed;
            // a scheduled task runs after the loop's next select (a plain task would run before it)
            loop.nettyEventLoop().schedule(() -> loop.emit(null, v -> write(f, to, done)), 0, TimeUnit.NANOSECONDS);
            return;
        }
        FlushObserver watching = fanout.observer();
        if (watching != null) {
            watching.flushed(f.start, f.drained, System.nanoTime(), handed);
        }
        writing = false;
        if (skipped) {
            skipped = false;
            flush();
        }
    }
}

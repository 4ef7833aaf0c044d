package io.callcenter.live;

import io.callcenter.mirror.history.SyntheticCalls;
import io.callcenter.testsupport.ThreadCpu;
import io.callcenter.testsupport.ari.FakeAriServer;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * Pushes synthetic calls through the fake Asterisk at a fixed rate, several calls interleaved (each call's frames
 * in their order), stamping each frame's send time just before it is handed to the fake's websocket.
 */
final class FanoutPacer {

    /** The measured part of the run: frames, wall time, CPU of this process and of the load process, per-thread CPU. */
    record Window(int firstFrame, int endFrame, long nanos, long processCpuNanos, long loadCpuNanos, ThreadCpu cpu) {

        double seconds() {
            return nanos / 1e9;
        }
    }

    private final SyntheticCalls calls;
    private final int concurrent;
    private final long periodNanos;
    private final int longestCall;

    FanoutPacer(SyntheticCalls calls, int concurrent, int rate) {
        this.calls = calls;
        this.concurrent = concurrent;
        this.periodNanos = 1_000_000_000L / rate;
        int longest = 0;
        for (int n = 0; n < SyntheticCalls.TRACES.size(); n++) {
            longest = Math.max(longest, calls.call(n).size());
        }
        this.longestCall = longest;
    }

    /** Frames a run may push: new calls stop at {@code frames}, the calls then in progress still end. */
    int capacity(int frames) {
        return frames + concurrent * longestCall;
    }

    /** Pushes frames until {@code stopStartingAt}, then lets the calls in progress finish; measures from a frame. */
    Window run(FakeAriServer fake, AtomicLongArray sentAt, int measureFrom, int stopStartingAt,
            com.sun.management.OperatingSystemMXBean os, LongSupplier loadCpu) {
        ArrayDeque<Iterator<String>> active = new ArrayDeque<>();
        int next = 0;
        while (active.size() < concurrent) {
            active.add(calls.call(next++).iterator());
        }
        long start = System.nanoTime();
        long windowStart = 0;
        long cpuStart = 0;
        long loadCpuStart = 0;
        ThreadCpu cpu = null;
        int i = 0;
        while (!active.isEmpty()) {
            Iterator<String> call = active.poll();
            String frame = call.next();
            if (call.hasNext()) {
                active.add(call);
            } else if (i < stopStartingAt) {
                active.add(calls.call(next++).iterator());
            }
            long due = start + i * periodNanos;
            for (long now = System.nanoTime(); now < due; now = System.nanoTime()) {
                LockSupport.parkNanos(due - now);
            }
            if (i == measureFrom) {
                windowStart = System.nanoTime();
                cpuStart = os.getProcessCpuTime();
                loadCpuStart = loadCpu.getAsLong();
                cpu = new ThreadCpu();
            }
            sentAt.set(i++, System.nanoTime());
            fake.push(frame);
        }
        return new Window(measureFrom, i, System.nanoTime() - windowStart, os.getProcessCpuTime() - cpuStart,
                loadCpu.getAsLong() - loadCpuStart, cpu);
    }
}

package io.callcenter.live;

import io.callcenter.mirror.history.SyntheticCalls;
import io.callcenter.testsupport.OsThreadCpu;
import io.callcenter.testsupport.ThreadCpu;
import io.callcenter.testsupport.ari.FakeAriServer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Pushes synthetic calls through the fake Asterisk at a fixed rate, several calls interleaved (each call's frames
 * in their order), stamping each frame's send time just before it is handed to the fake's websocket. The measured
 * window starts once the JVM's JIT compilers are quiet (see {@link WarmUp}).
 */
final class FanoutPacer {

    /**
     * The warm-up: rounds of {@code roundSeconds} at the full rate, at least {@code minSeconds}, until the JIT
     * compilers (C1 and C2 threads, as the OS counts them) used less than {@code quietPercent} of a core in a round,
     * at most {@code maxSeconds}. A push server runs for days on compiled code: its steady state is what counts.
     */
    record WarmUp(int minSeconds, int maxSeconds, int roundSeconds, double quietPercent) {
    }

    /**
     * The measured part of the run: frames, wall time, CPU of this process and of the load process, per-thread CPU;
     * how long the warm-up took and the JIT compilers' share of a core in each of its rounds.
     */
    record Window(int firstFrame, int endFrame, long nanos, long processCpuNanos, long loadCpuNanos, ThreadCpu cpu,
            int warmUpSeconds, List<Long> jitPercentPerRound, long jitCpuNanos, java.time.Instant startedAt) {

        double seconds() {
            return nanos / 1e9;
        }
    }

    private final SyntheticCalls calls;
    private final int concurrent;
    private final int rate;
    private final long periodNanos;
    private final int longestCall;

    FanoutPacer(SyntheticCalls calls, int concurrent, int rate) {
        this.calls = calls;
        this.concurrent = concurrent;
        this.rate = rate;
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

    /** Frames a run with this warm-up and window may push at most. */
    int capacity(WarmUp warm, int seconds) {
        return capacity(rate * (roundUp(warm.maxSeconds(), warm.roundSeconds()) + seconds));
    }

    /**
     * Warms up, then pushes {@code seconds} more and lets the calls in progress finish; {@code midRound} runs in
     * the middle of each warm-up round, {@code windowStarts} gets the first measured frame before it is pushed.
     */
    Window run(FakeAriServer fake, AtomicLongArray sentAt, WarmUp warm, int seconds,
            com.sun.management.OperatingSystemMXBean os, LongSupplier loadCpu, Runnable midRound,
            IntConsumer windowStarts) {
        ArrayDeque<Iterator<String>> active = new ArrayDeque<>();
        int next = 0;
        while (active.size() < concurrent) {
            active.add(calls.call(next++).iterator());
        }
        int roundFrames = rate * warm.roundSeconds();
        int minFrames = rate * roundUp(warm.minSeconds(), warm.roundSeconds());
        int maxFrames = rate * roundUp(warm.maxSeconds(), warm.roundSeconds());
        List<Long> jitPerRound = new ArrayList<>();
        OsThreadCpu jit = new OsThreadCpu();
        long start = System.nanoTime();
        long roundStart = start;
        int measureFrom = -1;
        int stopStartingAt = Integer.MAX_VALUE;
        long windowStart = 0;
        java.time.Instant startedAt = null;
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
            if (measureFrom < 0 && i % roundFrames == roundFrames / 2) {
                midRound.run();
            }
            if (measureFrom < 0 && i > 0 && i % roundFrames == 0) {
                long now = System.nanoTime();
                long percent = (jit.used("C2 Compiler") + jit.used("C1 Compiler")) * 100 / (now - roundStart);
                jitPerRound.add(percent);
                if (i >= minFrames && (percent < warm.quietPercent() || i >= maxFrames)) {
                    measureFrom = i;
                    stopStartingAt = i + rate * seconds;
                    windowStarts.accept(i);
                    windowStart = System.nanoTime();
                    startedAt = java.time.Instant.now();
                    cpuStart = os.getProcessCpuTime();
                    loadCpuStart = loadCpu.getAsLong();
                    cpu = new ThreadCpu();
                    jit = new OsThreadCpu();
                } else {
                    jit = new OsThreadCpu();
                    roundStart = System.nanoTime();
                }
            }
            sentAt.set(i++, System.nanoTime());
            fake.push(frame);
        }
        return new Window(measureFrom, i, System.nanoTime() - windowStart, os.getProcessCpuTime() - cpuStart,
                loadCpu.getAsLong() - loadCpuStart, cpu, measureFrom / rate, jitPerRound,
                jit.used("C2 Compiler") + jit.used("C1 Compiler"), startedAt);
    }

    private static int roundUp(int seconds, int round) {
        return Math.max(1, (seconds + round - 1) / round) * round;
    }
}

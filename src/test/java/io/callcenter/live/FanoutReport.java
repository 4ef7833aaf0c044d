package io.callcenter.live;

import java.util.List;
import java.util.LongSummaryStatistics;

/** The fan-out benchmark's text report. */
final class FanoutReport {

    /** Everything the report shows; CPU figures are nanoseconds over the measured window. */
    record Figures(int clients, int clientLoops, int supervisors, int rate, FanoutPacer.Window window,
            long states, long removals, FanoutLoad.Results results, long serverCpu, long loadCpu, long harnessCpu,
            double loadBefore, double loadAfter, int cores, boolean drained, long drainMs) {
    }

    private FanoutReport() {
    }

    static String format(Figures f) {
        FanoutPacer.Window w = f.window();
        List<FanoutClientSummary> all = f.results().clients();
        int frames = w.endFrame() - w.firstFrame();
        LongSummaryStatistics deltas = all.stream().mapToLong(FanoutClientSummary::deltas).summaryStatistics();
        LongSummaryStatistics removals = all.stream().mapToLong(FanoutClientSummary::removals).summaryStatistics();
        long gaps = all.stream().mapToLong(FanoutClientSummary::gaps).sum();
        long gapClients = all.stream().filter(s -> s.gaps() > 0).count();
        long openCalls = all.stream().mapToLong(FanoutClientSummary::openCalls).max().orElse(0);
        FanoutLoad.Latency oldest = f.results().oldest();
        FanoutLoad.Latency delivered = f.results().delivered();
        double seconds = w.seconds();
        List<Integer> slow = java.util.stream.IntStream.range(0, all.size()).filter(i -> all.get(i).worstMs() > 1000)
                .boxed().toList();
        return String.format("""

                ==== Live push fan-out benchmark (%d cores, Java %s, load average %.2f before / %.2f after) ====
                clients                          : %,d websockets on /api/live, lean NIO clients in their own JVM
                                                   process on %d selector threads; %d supervisor sessions from the
                                                   login form, each cookie shared by %d clients
                measured window starts (UTC)     : %s (to match GC logs: -Djvm.extra=-Xlog:gc:file=...:utctime)
                events pushed (fake Asterisk WS) : %,d in the measured %.1f s (%.0f/s, target %d/s) after %d s
                                                   warm-up; recorded call shapes, 20 calls interleaved
                warm-up: JIT compilers per round : %s (%% of a core per 10 s round; measured from the first round
                                                   under 5 %%, or at the cap)
                delta states made by the mirror  : %,d in the whole run (%,d of them removals)
                deltas received per client       : avg %,.0f, min %,d, max %,d (whole run; coalescing folded %.1f%%)
                frames written by the server     : ~%,.0f deltas/s in the window to all clients
                removals received                : min %,d, max %,d of %,d (none may be lost)
                latency event->client, oldest    : p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms
                  change folded in the delta       (%,d samples: every delta of every client in the window)
                latency, delivered state's event : p50 %.1f ms, p99 %.1f ms, max %.1f ms
                worst latency of each second, ms : %s
                clients whose worst was over 1 s : %,d (by index: %s)
                deltas not timed (see untimed)   : %,d of all clients' deltas
                gaps (client resynced)           : %,d (%,d clients); closes by code: %s
                drain after the last push        : %s in %,d ms; calls still shown: %,d (max per client; all ended)
                CPU in the window (100%% = 1 core): server JVM %.0f%% (incl. its GC and JIT), load process %.0f%%,
                                                   fake Asterisk + pacer + feeder %.0f%%;
                                                   server: %.1f µs of CPU per delta delivered
                target p99 < 50 ms               : %s
                """, f.cores(), System.getProperty("java.version"), f.loadBefore(), f.loadAfter(), f.clients(),
                f.clientLoops(), f.supervisors(), Math.max(1, f.clients() / f.supervisors()), w.startedAt(), frames, seconds,
                frames / seconds, f.rate(), w.warmUpSeconds(), w.jitPercentPerRound(), f.states(), f.removals(), deltas.getAverage(),
                deltas.getMin(), deltas.getMax(), 100.0 * (1 - deltas.getAverage() / Math.max(1, f.states())),
                oldest.count() / seconds, removals.getMin(), removals.getMax(), f.removals(),
                oldest.p50(), oldest.p90(), oldest.p99(), oldest.p999(), oldest.max(), oldest.count(),
                delivered.p50(), delivered.p99(), delivered.max(), f.results().worstPerSecond(), slow.size(),
                slow.size() > 40 ? slow.subList(0, 40) + "..." : slow,
                all.stream().mapToLong(FanoutClientSummary::untimed).sum(), gaps, gapClients,
                FanoutBenchmark.closes(all), f.drained() ? "complete" : "INCOMPLETE (timed out)", f.drainMs(),
                openCalls, pct(f.serverCpu(), w), pct(f.loadCpu(), w), pct(f.harnessCpu(), w),
                f.serverCpu() / 1000.0 / Math.max(1, oldest.count()),
                oldest.p99() < 50 ? "met (p99 " + oldest.p99() + " ms)" : "MISSED (p99 " + oldest.p99() + " ms)");
    }

    private static double pct(long cpuNanos, FanoutPacer.Window w) {
        return cpuNanos * 100.0 / w.nanos();
    }
}

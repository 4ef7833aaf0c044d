package io.callcenter.reports.bench;

import io.callcenter.testsupport.OsThreadCpu;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the report queries: a first (cold) run of each, warm-up rounds of all of them until the JIT is quiet, then
 * {@link #RUNS} timed runs of each (median and max). A reporting server answers reports for days on compiled code; the
 * first run after a start is printed too, as it is what the first manager of the day may wait for.
 */
final class BenchTimer {

    private static final int RUNS = Integer.getInteger("bench.runs", 5);
    /** Most warm-up rounds after the first (cold) one; each round runs every selected query once. */
    private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup.rounds", 10);
    /** The JIT counts as quiet when its compiler threads used less than this share of one core in a round. */
    private static final double QUIET_JIT_PERCENT = 5;
    /** Name fragments separated by {@code |}: only queries whose name contains one run (all when empty). */
    private static final String[] ONLY = System.getProperty("bench.only", "").isBlank() ? new String[0]
            : System.getProperty("bench.only").split("\\|");

    private record Query(String name, Supplier<?> run) {
    }

    private final List<Query> queries = new ArrayList<>();

    void add(String name, Supplier<?> run) {
        if (ONLY.length == 0 || Arrays.stream(ONLY).anyMatch(name::contains)) {
            queries.add(new Query(name, run));
        }
    }

    void run(StringBuilder out) {
        long[] cold = new long[queries.size()];
        for (int i = 0; i < cold.length; i++) {
            cold[i] = millis(queries.get(i).run());
        }
        int rounds = 0;
        double jit;
        do {
            OsThreadCpu cpu = new OsThreadCpu();
            long t = System.nanoTime();
            queries.forEach(q -> q.run().get());
            jit = (cpu.used("C2 Compiler") + cpu.used("C1 Compiler")) * 100.0 / (System.nanoTime() - t);
            rounds++;
            System.out.printf("warm-up round %d: JIT compilers %.0f%% of a core%n", rounds, jit);
        } while (jit >= QUIET_JIT_PERCENT && rounds < WARM_UP_ROUNDS);
        out.append(String.format("median / max of %d runs, after the first (cold) run and %d warm-up rounds of every"
                + " query (JIT compilers %.0f%% of a core in the last)%n", RUNS, rounds, jit));
        for (int i = 0; i < cold.length; i++) {
            long[] ms = new long[RUNS];
            for (int r = 0; r < RUNS; r++) {
                ms[r] = millis(queries.get(i).run());
            }
            Arrays.sort(ms);
            String line = String.format("%-60s median %5d ms, max %5d ms (first run %d ms)%n", queries.get(i).name(),
                    ms[RUNS / 2], ms[RUNS - 1], cold[i]);
            out.append(line);
            System.out.print(line);
        }
    }

    private static long millis(Supplier<?> query) {
        long t = System.nanoTime();
        query.get();
        return (System.nanoTime() - t) / 1_000_000;
    }
}

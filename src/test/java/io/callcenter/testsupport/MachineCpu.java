package io.callcenter.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For benchmarks: what the whole machine's CPUs did since construction (Linux {@code /proc/stat}): busy, idle and
 * stolen by the hypervisor (a vCPU the host gave to someone else), so a run's figures can be read against it.
 */
public final class MachineCpu {

    private final long[] start = read();

    /** E.g. "busy 171%, idle 24%, iowait 0%, steal 5% (of 200% = 2 CPUs)"; empty without /proc. */
    public String report() {
        long[] now = read();
        if (now.length == 0 || start.length == 0) {
            return "";
        }
        long[] d = new long[now.length];
        long total = 0;
        for (int i = 0; i < now.length; i++) {
            d[i] = now[i] - start[i];
            total += d[i];
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        long idle = d[3];
        long iowait = d[4];
        long steal = d[7];
        long busy = total - idle - iowait - steal;
        return String.format("busy %.0f%%, idle %.0f%%, iowait %.0f%%, steal %.0f%% (of %d%% = %d CPUs)",
                share(busy, total, cpus), share(idle, total, cpus), share(iowait, total, cpus),
                share(steal, total, cpus), cpus * 100, cpus);
    }

    private static double share(long part, long total, int cpus) {
        return total == 0 ? 0 : 100.0 * cpus * part / total;
    }

    /** user nice system idle iowait irq softirq steal (guest time is already inside user). */
    private static long[] read() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] v = new long[8];
            for (int i = 0; i < 8; i++) {
                v[i] = Long.parseLong(f[i + 1]);
            }
            return v;
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }
}

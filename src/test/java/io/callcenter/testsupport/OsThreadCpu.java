package io.callcenter.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * For benchmarks: CPU time of this JVM's threads as the OS sees them (Linux /proc), so the JVM's own threads show up
 * too (JIT compilers, GC workers), which {@link ThreadCpu} cannot see. Names are the OS's 15-character ones.
 */
public final class OsThreadCpu {

    private static final long NANOS_PER_TICK = 10_000_000; // USER_HZ is 100 on Linux

    private final Map<String, Long> start = snapshot();

    /** CPU nanoseconds used since construction by the threads whose OS name starts with the prefix. */
    public long used(String namePrefix) {
        long ticks = 0;
        for (Map.Entry<String, Long> e : snapshot().entrySet()) {
            if (e.getKey().substring(e.getKey().indexOf(' ') + 1).startsWith(namePrefix)) {
                ticks += e.getValue() - start.getOrDefault(e.getKey(), 0L);
            }
        }
        return ticks * NANOS_PER_TICK;
    }

    /** Thread groups (names without their number) using at least 2% of one core, busiest first. */
    public String report(long wallNanos) {
        Map<String, Long> groups = new TreeMap<>();
        snapshot().forEach((tid, ticks) -> groups.merge(group(tid), ticks - start.getOrDefault(tid, 0L), Long::sum));
        StringBuilder sb = new StringBuilder();
        groups.entrySet().stream().filter(e -> e.getValue() * NANOS_PER_TICK * 100 / wallNanos >= 2)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(e.getKey()).append(' ')
                        .append(e.getValue() * NANOS_PER_TICK * 100 / wallNanos).append("%, "));
        return sb.append("(100% = one core)").toString();
    }

    private static String group(String tidAndName) {
        return tidAndName.substring(tidAndName.indexOf(' ') + 1).replaceAll("[-#]?\\d+$", "").replaceAll("\\d+$", "");
    }

    /** "tid name" to utime + stime ticks. */
    private static Map<String, Long> snapshot() {
        Map<String, Long> out = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    out.put(t.getFileName() + " " + name, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile: its time is not counted
                }
            });
        } catch (IOException e) {
            // no /proc: nothing to report
        }
        return out;
    }
}

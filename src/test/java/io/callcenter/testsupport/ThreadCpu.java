package io.callcenter.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/** For benchmarks: CPU time per thread since construction, summed by thread group or by a chosen set of threads. */
public final class ThreadCpu {

    private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    private final Map<Long, Long> start = new HashMap<>();
    /** The JIT compilers' threads are not Java threads: their time comes from the compilation bean. */
    private final long compileStartMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();

    public ThreadCpu() {
        for (long id : mx.getAllThreadIds()) {
            start.put(id, Math.max(0, mx.getThreadCpuTime(id)));
        }
    }

    /** CPU nanoseconds used since construction by the live threads that match (threads that ended are lost). */
    public long used(Predicate<ThreadInfo> which) {
        long sum = 0;
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && which.test(info)) {
                sum += used(info);
            }
        }
        return sum;
    }

    /** Thread groups (names without their number) using at least 2% of one core, busiest first. */
    public String report(long wallNanos) {
        Map<String, Long> groups = new TreeMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null) {
                String group = info.getThreadName().replaceAll("[-#]?\\d+$", "").replaceAll("-(srv|bench)-.*", "");
                groups.merge(group, used(info), Long::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        groups.entrySet().stream().filter(e -> e.getValue() * 100 / wallNanos >= 2)
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(e.getKey()).append(' ').append(e.getValue() * 100 / wallNanos).append("%, "));
        return sb.append("(100% = one core)").toString();
    }

    /** Milliseconds the JIT compilers worked since construction (C2 still compiling competes for the cores). */
    public long jitMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileStartMillis;
    }

    /** Each thread whose name starts with {@code prefix}, by name, with its share of one core. */
    public String each(String prefix, long wallNanos) {
        Map<String, Long> threads = new TreeMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                threads.merge(info.getThreadName() + " #" + info.getThreadId(), used(info), Long::sum);
            }
        }
        StringBuilder sb = new StringBuilder();
        threads.forEach((name, nanos) -> sb.append(name).append(' ').append(nanos * 100 / wallNanos).append("%, "));
        return sb.toString();
    }

    private long used(ThreadInfo info) {
        return Math.max(0, mx.getThreadCpuTime(info.getThreadId())) - start.getOrDefault(info.getThreadId(), 0L);
    }
}

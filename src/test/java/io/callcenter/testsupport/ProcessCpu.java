package io.callcenter.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** For benchmarks: CPU time of a process tree (e.g. the embedded PostgreSQL: the postmaster and its backends). */
public final class ProcessCpu {

    private static final long NANOS_PER_TICK = 10_000_000; // USER_HZ is 100 on Linux

    private final ProcessHandle root;
    private final long start;
    private final long startWait;

    public ProcessCpu(long rootPid) {
        this.root = ProcessHandle.of(rootPid).orElseThrow();
        this.start = ticks();
        this.startWait = waitNanos();
    }

    /** The process tree of the server that runs the given backend (its parent is the postmaster). */
    public static ProcessCpu ofPostgresBackend(long backendPid) {
        return new ProcessCpu(ProcessHandle.of(backendPid).flatMap(ProcessHandle::parent).orElseThrow().pid());
    }

    /** CPU nanoseconds used since construction by the tree's live processes (Linux /proc; 0 elsewhere). */
    public long used() {
        return (ticks() - start) * NANOS_PER_TICK;
    }

    /**
     * Nanoseconds the tree's live processes spent runnable but waiting for a CPU since construction (Linux
     * schedstat): tells CPU starvation apart from waiting on locks or I/O.
     */
    public long waited() {
        return waitNanos() - startWait;
    }

    private long waitNanos() {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> waitNanos(p.pid())).sum();
    }

    private static long waitNanos(long pid) {
        try {
            return Long.parseLong(Files.readString(Path.of("/proc", Long.toString(pid), "schedstat")).split(" ")[1]);
        } catch (IOException | RuntimeException e) {
            return 0; // ended meanwhile, or no schedstat: not counted
        }
    }

    private long ticks() {
        return Stream.concat(Stream.of(root), root.descendants()).mapToLong(p -> ticks(p.pid())).sum();
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // after the command in parentheses (it may hold spaces): utime and stime are the 12th and 13th fields
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(f[11]) + Long.parseLong(f[12]);
        } catch (IOException | RuntimeException e) {
            return 0; // the process ended meanwhile, or no /proc: its time is simply not counted
        }
    }
}

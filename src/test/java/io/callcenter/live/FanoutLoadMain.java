package io.callcenter.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out benchmark's load process (its own JVM, JDK only, started by {@link FanoutLoad}): lean websocket
 * clients on a few selector threads. Commands, one per line on standard input: {@code T} (answer
 * {@code T <System.nanoTime>}: the parent checks that the clock is shared), {@code C <cookie>} (connect one client),
 * {@code W} (answer {@code CONNECTED n} once every client has its snapshot), {@code S ...} (a delta state learnt by
 * {@link FanoutProbe}), {@code M <frame>} (the warm-up is over: deltas from this frame on are measured), {@code G}
 * (collect garbage now: sent mid warm-up round), {@code Q} (every client's summary line {@code R ...}, the latency histograms {@code H ...},
 * the worst latency of each second {@code Z ...}, then {@code END}), {@code X} (close every client politely, then
 * exit). Arguments: host port path loops pingMillis firstMeasuredFrame.
 */
public final class FanoutLoadMain {

    private FanoutLoadMain() {
    }

    public static void main(String[] args) throws Exception {
        String host = args[0];
        int port = Integer.parseInt(args[1]);
        String path = args[2];
        LeanLoop[] loops = new LeanLoop[Integer.parseInt(args[3])];
        for (int i = 0; i < loops.length; i++) {
            loops[i] = new LeanLoop(Long.parseLong(args[4]));
            Thread t = new Thread(loops[i], "load-loop-" + i);
            t.setDaemon(true);
            t.start();
        }
        LoadOracle oracle = new LoadOracle();
        LeanLiveClient.Meters meters = new LeanLiveClient.Meters(Integer.parseInt(args[5]));
        GcPauses gc = new GcPauses(() -> meters.origin().get() != 0);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int connected = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "S" -> oracle.learn(f);
                // before any state of that frame is learnt (the same stdin, and the frame is pushed after it)
                case "M" -> meters.firstMeasured().set(Integer.parseInt(f[1]));
                // in the warm-up: its garbage goes now, so no copying pause falls in the window (GcPauses reports any)
                case "G" -> System.gc();
                case "T" -> reply(out, "T " + System.nanoTime());
                case "C" -> {
                    LeanSocket s = LeanSocket.open(host, port, path, f[1]);
                    loops[connected++ % loops.length].add(new LeanLiveClient(s, oracle, meters));
                }
                case "W" -> {
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    boolean all = allSnapshotted(loops, connected);
                    while (!all && System.nanoTime() < deadline) {
                        Thread.sleep(20); // a separate process: Awaitility is not on its class path
                        all = allSnapshotted(loops, connected);
                    }
                    // the setup's garbage (handshakes, buffers) goes now, not in a copying pause of the measured
                    // window that would stop every client at once (such pauses are still reported: GcPauses)
                    System.gc();
                    reply(out, "CONNECTED " + (all ? connected : -1));
                }
                case "Q" -> {
                    List<String> lines = new ArrayList<>();
                    for (LeanLoop l : loops) {
                        l.summaries().get(30, TimeUnit.SECONDS).forEach(r -> lines.add("R " + r));
                    }
                    lines.add(histogram("oldest", meters.oldest()));
                    lines.add(histogram("delivered", meters.delivered()));
                    lines.add(meters.worstLine());
                    lines.add("D GC " + gc.summary() + "; selector threads' CPU (whole run) " + loopCpu(threads)
                            + wakeups(loops));
                    lines.add("END");
                    reply(out, String.join("\n", lines));
                }
                case "X" -> {
                    for (LeanLoop l : loops) {
                        l.closeAll();
                    }
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    while (!java.util.Arrays.stream(loops).allMatch(LeanLoop::allClosed)
                            && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    for (LeanLoop l : loops) {
                        l.stop();
                    }
                    return;
                }
                default -> throw new IllegalArgumentException("unknown command: " + line);
            }
        }
    }

    /** Selector wake-ups and socket reads of the whole run. */
    private static String wakeups(LeanLoop[] loops) {
        long w = 0;
        long r = 0;
        for (LeanLoop l : loops) {
            w += l.wakeups;
            r += l.reads;
        }
        return String.format("; whole run: %,d selector wake-ups, %,d socket reads (%.1f per wake-up)", w, r,
                r / (double) Math.max(1, w));
    }

    /** CPU seconds of each selector thread since it started. */
    private static String loopCpu(java.lang.management.ThreadMXBean mx) {
        StringBuilder b = new StringBuilder();
        for (java.lang.management.ThreadInfo t : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (t != null && t.getThreadName().startsWith("load-loop-")) {
                b.append(t.getThreadName()).append(' ')
                        .append(String.format("%.1f s, ", mx.getThreadCpuTime(t.getThreadId()) / 1e9));
            }
        }
        return b.toString();
    }

    /** Every client taken over by its loop (that is a posted task) and past its first snapshot. */
    private static boolean allSnapshotted(LeanLoop[] loops, int connected) {
        int registered = 0;
        for (LeanLoop l : loops) {
            if (!l.allSnapshotted()) {
                return false;
            }
            registered += l.size();
        }
        return registered == connected;
    }

    /** {@code H name count p50 p90 p99 p99.9 max}, milliseconds. */
    private static String histogram(String name, LatencyHistogram h) {
        return "H " + name + " " + h.count() + " " + h.percentileMs(50) + " " + h.percentileMs(90) + " "
                + h.percentileMs(99) + " " + h.percentileMs(99.9) + " " + h.maxMs();
    }

    private static void reply(PrintStream out, String text) {
        out.println(text);
        out.flush();
    }
}

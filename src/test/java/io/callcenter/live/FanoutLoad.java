package io.callcenter.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The fan-out benchmark's side of its load process ({@link FanoutLoadMain}): starts it as its own JVM, checks that
 * both share {@code System.nanoTime}'s clock, feeds it what {@link FanoutProbe} learns, and reads its results.
 */
final class FanoutLoad implements AutoCloseable {

    /** Latency figures in ms from the load process: samples, p50, p90, p99, p99.9, max. */
    record Latency(long count, double p50, double p90, double p99, double p999, double max) {
        static Latency parse(String[] f) {
            return new Latency(Long.parseLong(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
                    Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        }
    }

    /** Every client's summary, the two latency histograms, and the load process's GC pauses and thread CPU. */
    record Results(List<FanoutClientSummary> clients, Latency oldest, Latency delivered, String worstPerSecond,
            String diagnosis) {
    }

    private final Process process;
    private final Writer in;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final Thread feeder;

    private FanoutLoad(Process process, FanoutProbe probe) {
        this.process = process;
        this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.matches("(T|CONNECTED|R|H|Z|D) .*|END|Z")) {
                        out.add(line); // anything else is the JVM's own output (e.g. a flight recording's notice)
                    }
                }
            } catch (IOException e) {
                out.add("EXIT " + e);
            }
        }, "fanout-load-reader");
        reader.setDaemon(true);
        reader.start();
        feeder = new Thread(() -> feed(probe), "fanout-load-feeder");
        feeder.setDaemon(true);
        feeder.start();
    }

    /** Starts the load process: {@code loops} selector threads, clients pinging every {@code pingMillis}. */
    static FanoutLoad start(URI live, int loops, long pingMillis, int firstMeasuredFrame, FanoutProbe probe)
            throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // JDK-only classes: the test classes directory is all the load process needs
        Path classes = Path.of("target", "test-classes").toAbsolutePath();
        // the load tool's own JVM (not the product's): serial GC and a young generation that its ~5 MB/s of garbage
        // does not fill within a run, so no copying pause stops all its clients at once in the measured window
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xms3g", "-Xmx3g", "-Xmn2g",
                "-XX:+UseSerialGC"));
        // e.g. -Dbench.load-jvm-args=-XX:StartFlightRecording=... to profile the load process
        String extra = System.getProperty("bench.load-jvm-args", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split(" +")));
        }
        command.addAll(List.of("-cp", classes.toString(), FanoutLoadMain.class.getName(), live.getHost(),
                String.valueOf(live.getPort()), live.getPath(), String.valueOf(loops), String.valueOf(pingMillis),
                String.valueOf(firstMeasuredFrame)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", "fanout-load.log").toFile()))
                .start();
        return new FanoutLoad(p, probe);
    }

    /** The probe's learnt states, as they come, in batches (the dispatch thread only queues them). */
    private void feed(FanoutProbe probe) {
        List<String> batch = new ArrayList<>();
        try {
            while (true) {
                batch.add(probe.learned().take());
                probe.learned().drainTo(batch);
                send(String.join("\n", batch));
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void send(String lines) {
        try {
            in.write(lines);
            in.write('\n');
            in.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("the load process is gone", e);
        }
    }

    /** The load process collects its garbage now (in the warm-up: the pause stops all its clients). */
    void collectGarbage() {
        send("G");
    }

    /** The warm-up is over: deltas from this frame on are measured; sent before that frame is pushed. */
    void measureFrom(int frame) {
        send("M " + frame);
    }

    private String reply(Duration timeout) throws InterruptedException {
        String line = out.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.startsWith("EXIT")) {
            throw new IllegalStateException("the load process did not answer (see target/fanout-load.log): " + line);
        }
        return line;
    }

    /**
     * Checks that the load process reads the same clock: its {@code System.nanoTime} must fall between two of ours
     * (on Linux both are CLOCK_MONOTONIC, one clock for the whole machine); returns the round trip in ns.
     */
    long checkClock() throws InterruptedException {
        long before = System.nanoTime();
        send("T");
        long theirs = Long.parseLong(reply(Duration.ofSeconds(30)).substring(2));
        long after = System.nanoTime();
        if (theirs < before || theirs > after) {
            throw new IllegalStateException("System.nanoTime is not one clock across processes here: " + before
                    + " <= " + theirs + " <= " + after + " fails; event->client latency cannot be measured");
        }
        return after - before;
    }

    /** Connects one client per cookie and waits until each has its first snapshot. */
    void connect(List<String> cookies) throws InterruptedException {
        StringBuilder b = new StringBuilder();
        cookies.forEach(c -> b.append("C ").append(c).append('\n'));
        send(b.append('W').toString());
        String answer = reply(Duration.ofSeconds(120));
        if (!answer.equals("CONNECTED " + cookies.size())) {
            throw new IllegalStateException("load clients did not all connect: " + answer);
        }
    }

    Results results() throws InterruptedException {
        send("Q");
        List<FanoutClientSummary> clients = new ArrayList<>();
        Latency oldest = null;
        Latency delivered = null;
        String worst = "";
        String diagnosis = "";
        for (String line = reply(Duration.ofSeconds(60)); !line.equals("END"); line = reply(Duration.ofSeconds(60))) {
            String[] f = line.split(" ");
            if (f[0].equals("R")) {
                clients.add(FanoutClientSummary.parse(f));
            } else if (f[0].equals("D")) {
                diagnosis = line.substring(2);
            } else if (f[0].equals("Z")) {
                worst = line.substring(1).trim();
            } else if (f[1].equals("oldest")) {
                oldest = Latency.parse(f);
            } else {
                delivered = Latency.parse(f);
            }
        }
        return new Results(clients, oldest, delivered, worst, diagnosis);
    }

    /** CPU the load process used so far (user + system), in ns. */
    long cpuNanos() {
        return process.info().totalCpuDuration().orElseThrow().toNanos();
    }

    @Override
    public void close() throws InterruptedException {
        feeder.interrupt();
        try {
            send("X");
        } catch (UncheckedIOException e) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
        }
    }
}

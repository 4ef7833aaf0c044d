package io.callcenter.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, built by {@code mvn package}) in its own JVM, for
 * failsafe {@code *IT} tests that must kill it for real. Output goes to a log file under {@code target/}.
 */
public final class AppProcess implements AutoCloseable {

    private final Path jar;
    private final Map<String, String> properties;
    private final Path logDir;
    public final int httpPort;
    private Process process;
    private int starts;

    /** @param properties system properties for the app ({@code quarkus.http.port} is added) */
    public AppProcess(Map<String, String> properties, String logName) {
        this.jar = Path.of(System.getProperty("callcenter.app.jar", "target/quarkus-app/quarkus-run.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged app at " + jar.toAbsolutePath()
                    + ": run it through 'mvn verify' (the jar is built in the package phase)");
        }
        this.properties = properties;
        this.logDir = Path.of(System.getProperty("callcenter.it.logs", "target/it-logs"), logName);
        this.httpPort = freePort();
    }

    /** Starts the app and waits until {@code /q/health/ready} answers 200 (generous: CI machines are loaded). */
    public void start(Duration timeout) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx384m", "-XX:TieredStopAtLevel=1"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("-Dquarkus.http.port=" + httpPort);
        command.add("-Dquarkus.http.host=127.0.0.1");
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve("run-" + (++starts) + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(timeout).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + ", see " + logDir);
            }
            return ready();
        });
    }

    /** kill -9: no shutdown hook, no flush, sockets dropped by the kernel. */
    public void kill() {
        process.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    private boolean ready() {
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}

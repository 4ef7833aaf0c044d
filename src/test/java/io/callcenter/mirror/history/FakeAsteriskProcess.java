package io.callcenter.mirror.history;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts and drives {@link FakeAsteriskMain} in its own JVM (this test classpath), so it shares no JIT or threads. */
final class FakeAsteriskProcess implements AutoCloseable {

    private final Process process;
    private final BufferedReader answers;
    private final PrintStream commands;

    private FakeAsteriskProcess(Process process) {
        this.process = process;
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        expect("READY");
    }

    /** Starts the JVM; its log (stderr) goes to {@code target/fake-asterisk.log}. */
    static FakeAsteriskProcess start() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                FakeAsteriskMain.class.getName());
        try {
            return new FakeAsteriskProcess(new ProcessBuilder(command)
                    .redirectError(Path.of("target", "fake-asterisk.log").toFile()).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a fake ARI server reporting this entity id and accepting this user; returns its base URL. */
    URI open(String asteriskId, String user, String password) {
        commands.println("OPEN " + asteriskId + " " + user + " " + password);
        return URI.create(expect("URL ").substring(4));
    }

    /** Pushes synthetic calls [from, to) over the open websocket (returns before they are all sent). */
    void push(int from, int to) {
        commands.println("PUSH " + from + " " + to);
    }

    /** Closes the fake ARI server (its websockets too). */
    void closeServer() {
        commands.println("CLOSE");
        expect("CLOSED");
    }

    long pid() {
        return process.pid();
    }

    private String expect(String prefix) {
        try {
            String line = answers.readLine();
            if (line == null || !line.startsWith(prefix)) {
                throw new IllegalStateException("fake Asterisk process said " + line + " instead of " + prefix
                        + " (see target/fake-asterisk.log)");
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        commands.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}

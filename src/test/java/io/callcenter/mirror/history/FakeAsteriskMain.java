package io.callcenter.mirror.history;

import io.callcenter.testsupport.ari.FakeAriServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The ingest benchmark's Asterisk in its own JVM (as a real Asterisk is another process): a {@link FakeAriServer}
 * that pushes {@link SyntheticCalls} over its real websocket, driven by one-line commands on stdin, answering on
 * stdout: {@code OPEN <asteriskId>} → {@code URL <baseUrl>}; {@code PUSH <from> <to>} pushes calls [from, to) (no
 * answer: the app's persisted count is the feedback); {@code CLOSE} → {@code CLOSED}. Ends at end of input.
 */
public final class FakeAsteriskMain {

    private FakeAsteriskMain() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        FakeAriServer fake = null;
        SyntheticCalls calls = null;
        out.println("READY");
        for (String line; (line = in.readLine()) != null; ) {
            String[] cmd = line.split(" ");
            switch (cmd[0]) {
                case "OPEN" -> {
                    fake = FakeAriServer.start(cmd[2], cmd[3]);
                    fake.answer("GET", "/ari/asterisk/info", 200,
                            "{\"system\":{\"version\":\"22.10.1\",\"entity_id\":\"" + cmd[1] + "\"}}");
                    calls = new SyntheticCalls(cmd[1]);
                    out.println("URL " + fake.baseUrl());
                }
                case "PUSH" -> {
                    int to = Integer.parseInt(cmd[2]);
                    List<String> frames = new ArrayList<>();
                    for (int n = Integer.parseInt(cmd[1]); n < to; n++) {
                        frames.addAll(calls.call(n));
                    }
                    fake.pushAll(frames);
                }
                case "CLOSE" -> {
                    fake.close();
                    fake = null;
                    out.println("CLOSED");
                }
                default -> throw new IllegalArgumentException("unknown command: " + line);
            }
        }
        if (fake != null) {
            fake.close();
        }
    }
}

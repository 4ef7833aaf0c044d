package io.callcenter.ari.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.config.AriServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The ARI password (and its basic-auth token) never shows up in toString, exceptions or logs. */
@QuarkusTest
class AriSecretsTest {

    static final String PASSWORD = "Sup3r-S3cret-pw";

    @Inject
    AriClientFactory factory;

    @Test
    void serverToStringHidesThePassword() {
        AriServer server = new AriServer("pbx1", java.net.URI.create("http://pbx:8088"), "callcenter", PASSWORD, "callcenter", true);
        assertFalse(server.toString().contains(PASSWORD), server.toString());
        assertTrue(server.toString().contains("pbx1"));
    }

    @Test
    void failingCallLogsNeitherPasswordNorToken() throws Exception {
        String token = AriClientFactory.basicToken("callcenter", PASSWORD);
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(r.getLoggerName() + " " + r.getMessage() + " " + java.util.Arrays.toString(r.getParameters())
                        + " " + stackTrace(r.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        List<String> verbose = List.of("io.callcenter", "io.quarkus.rest.client", "org.jboss.resteasy.reactive.client", "io.vertx");
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        verbose.forEach(name -> Logger.getLogger(name).setLevel(Level.FINEST));
        try (TinyAriHttpServer ari = new TinyAriHttpServer()) {
            ari.otherwise(TinyAriHttpServer.Answer.json(401, "{\"message\": \"Authentication required\"}"));
            try (AriApi client = factory.create(new AriServer("pbx1", ari.baseUri(), "callcenter", PASSWORD, "callcenter", true))) {
                AriException e = assertThrows(AriException.class, () -> client.asterisk().getInfo(null));
                String trace = stackTrace(e);
                assertFalse(trace.contains(PASSWORD) || trace.contains(token), trace);
            }
        } finally {
            root.removeHandler(capture);
            verbose.forEach(name -> Logger.getLogger(name).setLevel(null));
        }
        for (String line : logged) {
            assertFalse(line.contains(PASSWORD) || line.contains(token), "secret in log: " + line);
        }
    }

    private static String stackTrace(Throwable t) {
        if (t == null) {
            return "";
        }
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}

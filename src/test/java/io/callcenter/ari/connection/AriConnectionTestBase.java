package io.callcenter.ari.connection;

import static org.awaitility.Awaitility.await;

import io.callcenter.ari.config.AriServer;
import io.callcenter.testsupport.ari.FakeAriServer;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;

/** Opens connections of the running app against {@link FakeAriServer}s and cleans both up after each test. */
abstract class AriConnectionTestBase {

    static final String USER = "ari-user";
    static final String PASSWORD = "pw-Zq81x";
    static final String APP = "callcenter";
    private static final AtomicInteger NAMES = new AtomicInteger();

    @Inject
    AriConnectionManager connections;

    @Inject
    RecordingListener listener;

    @Inject
    MeterRegistry registry;

    private final List<String> opened = new ArrayList<>();
    private final List<FakeAriServer> fakes = new ArrayList<>();

    @AfterEach
    void closeConnectionsAndFakes() {
        opened.forEach(name -> {
            connections.close(name);
            listener.forget(name);
        });
        fakes.forEach(FakeAriServer::close);
    }

    FakeAriServer fake() {
        FakeAriServer fake = FakeAriServer.start(USER, PASSWORD);
        fakes.add(fake);
        return fake;
    }

    /** Opens a uniquely named server against the fake, with the given password. */
    String open(FakeAriServer fake, String password) {
        String name = "t" + NAMES.incrementAndGet();
        opened.add(name);
        listener.watch(name);
        connections.open(new AriServer(name, fake.baseUrl(), USER, password, APP, true));
        return name;
    }

    /** Opens a server and waits until it is CONNECTED (websocket open, resync delivered). */
    String openConnected(FakeAriServer fake) {
        String name = open(fake, PASSWORD);
        await().until(() -> state(name) == ConnectionState.CONNECTED);
        return name;
    }

    AriConnections.ServerStatus status(String name) {
        return connections.status().stream().filter(s -> s.server().equals(name)).findFirst().orElseThrow();
    }

    ConnectionState state(String name) {
        return status(name).state();
    }

    double counter(String meter, String server) {
        var counter = registry.find(meter).tag("server", server).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A minimal ARI event frame; {@code fields} is extra JSON members, e.g. {@code "\"value\":\"1\""}. */
    static String event(String type, String fields) {
        return "{\"type\":\"" + type + "\",\"timestamp\":\"2026-11-26T18:37:46.886+0000\",\"application\":\"" + APP
                + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
    }

    /** A global ChannelVarset (no channel) carrying a number, handy to check order. */
    static String varset(int i) {
        return event("ChannelVarset", "\"variable\":\"N\",\"value\":\"" + i + "\",\"asterisk_id\":\"02:00:00:00:00:09\"");
    }
}

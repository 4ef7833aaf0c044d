package io.callcenter.acd;

import static org.awaitility.Awaitility.await;

import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.demo.DemoPbxHarness;
import io.callcenter.demo.traffic.ScriptedPhones;
import io.callcenter.demo.world.WorldSettings;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A demo PBX for one ACD test: its own asterisk id (rows never collide), scripted agent phones 1001..(1000+n),
 * connected to the app over real HTTP/WS as server {@code name}.
 */
public final class AcdPbx implements AutoCloseable {

    private static final AtomicInteger SEQ = new AtomicInteger();

    public final String name = "acd-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    public final String asteriskId = String.format("02:ac:d0:%02x:%02x:%02x", SEQ.get() % 256,
            (System.nanoTime() >> 8) % 256, System.nanoTime() % 256).replace('-', '0');
    public final ScriptedPhones phones;
    public final DemoPbxHarness pbx;
    private final AriConnections connections;
    private final AtomicInteger callers = new AtomicInteger();

    public AcdPbx(AriConnections connections, int agents, ScriptedPhones phones) {
        this(connections, agents, phones, phones);
    }

    /** With phones of the test's own making (e.g. random answer delays). */
    public AcdPbx(AriConnections connections, int agents, WorldSettings.Phones custom) {
        this(connections, agents, null, custom);
    }

    private AcdPbx(AriConnections connections, int agents, ScriptedPhones scripted, WorldSettings.Phones phones) {
        this.connections = connections;
        this.phones = scripted;
        this.pbx = new DemoPbxHarness(new WorldSettings(asteriskId, agents, Set.of(), 1.0, false, phones));
        connect();
    }

    public void connect() {
        connections.open(new AriServer(name, pbx.base(), DemoPbxHarness.USER, DemoPbxHarness.PASSWORD, "callcenter",
                true));
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals(name) && s.state() == ConnectionState.CONNECTED));
    }

    public void disconnect() {
        connections.close(name);
    }

    /** A caller dials the DID; returns the caller's channel id. */
    public String call(String did) {
        return call(did, Map.of());
    }

    /** A caller whose channel carries these variables (set by the dialplan before Stasis). */
    public String call(String did, Map<String, String> variables) {
        int n = callers.incrementAndGet();
        return pbx.world.stimuli().callerArrives("callcenter", did, "Caller " + n, "555" + (1000 + n), null,
                variables);
    }

    public void hangup(String channelId) {
        pbx.world.stimuli().callerHangsUp(channelId);
    }

    @Override
    public void close() {
        connections.close(name);
        pbx.close();
    }
}

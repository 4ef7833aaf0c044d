package io.callcenter.acd.agent;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.demo.server.AriHttpServer;
import io.callcenter.demo.world.World;
import io.callcenter.demo.world.WorldSettings;
import io.callcenter.mirror.Db;
import io.callcenter.mirror.DeviceStateView;
import io.callcenter.mirror.LiveMirror;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Agent transitions against the demo PBX over real HTTP and websocket: sessions and state rows in PostgreSQL,
 * the device state {@code Stasis:agent-<ext>} in ARI and in the mirror, the AgentState user event in the event log.
 */
@QuarkusTest
class AgentStatePublisherTests {

    private static final String USER = "pub-test";
    private static final String PASSWORD = "pub-test-pw";

    @Inject
    OrderedAgentStatePublisher publisher;

    @Inject
    AriConnections connections;

    @Inject
    LiveMirror mirror;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PublishMetrics metrics;

    Vertx vertx;
    AriHttpServer pbx;
    String server;
    String asteriskId;

    @BeforeEach
    void connect() {
        vertx = Vertx.vertx();
        long n = System.nanoTime() % 250;
        asteriskId = String.format("02:00:00:00:ac:%02x", n);
        World world = new World(vertx, new WorldSettings(asteriskId, 5, java.util.Set.of(), 50, false,
                WorldSettings.Phones.MANUAL));
        pbx = new AriHttpServer(vertx, world, USER, PASSWORD);
        int port = pbx.start("127.0.0.1", 0);
        server = "pub-" + n;
        connections.open(new AriServer(server, java.net.URI.create("http://127.0.0.1:" + port), USER, PASSWORD, "callcenter", true));
        await().atMost(Duration.ofSeconds(30)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals(server) && s.state() == ConnectionState.CONNECTED));
    }

    @AfterEach
    void close() {
        connections.close(server);
        pbx.stop();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    private static AgentTransition transition(String agent, AgentState from, AgentState to, String reason) {
        return new AgentTransition(agent, "PJSIP/1002", from, to, Optional.ofNullable(reason), Optional.empty(),
                Optional.empty(), Instant.now());
    }

    private String ariState(String device) {
        return connections.client(server).orElseThrow().deviceStates().get(device).state();
    }

    private Optional<String> mirrored(String device) {
        return mirror.snapshot().stream().filter(s -> s.asteriskId().equals(asteriskId))
                .flatMap(s -> s.deviceStates().stream()).filter(d -> d.name().equals(device))
                .map(DeviceStateView::state).findFirst();
    }

    @Test
    void transitionsArePersistedAndSignalledInOrder() {
        String agent = "pub-agent-" + System.nanoTime() % 1_000_000;
        double failures = metrics.failures("ari");
        publisher.publish(transition(agent, AgentState.LOGGED_OUT, AgentState.READY, null));
        publisher.drained(agent).join();
        assertEquals("NOT_INUSE", ariState("Stasis:agent-1002"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mirrored("Stasis:agent-1002").equals(Optional.of("NOT_INUSE")));

        publisher.publish(transition(agent, AgentState.READY, AgentState.PAUSED, "lunch"));
        publisher.publish(transition(agent, AgentState.PAUSED, AgentState.READY, null));
        publisher.publish(transition(agent, AgentState.READY, AgentState.LOGGED_OUT, null));
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.drained(agent).isDone());
        assertEquals("UNAVAILABLE", ariState("Stasis:agent-1002"));
        await().atMost(Duration.ofSeconds(10)).until(() -> mirrored("Stasis:agent-1002").equals(Optional.of("UNAVAILABLE")));

        List<Map<String, Object>> states = Db.rows(dataSource,
                "select s.to_state, s.reason, s.session_id from acd_agent_state s where s.username = ? order by s.id", agent);
        assertEquals(List.of("READY", "PAUSED", "READY", "LOGGED_OUT"), states.stream().map(r -> r.get("to_state")).toList());
        assertEquals("lunch", states.get(1).get("reason"));
        List<Map<String, Object>> sessions = Db.rows(dataSource,
                "select id, login_at, logout_at from acd_agent_session where username = ?", agent);
        assertEquals(1, sessions.size());
        assertNotNull(sessions.get(0).get("logout_at"));
        assertEquals(sessions.get(0).get("id"), states.get(3).get("session_id"));

        // the user events came back over the app's websocket and are in the raw event log
        await().atMost(Duration.ofSeconds(20)).until(() -> Db.rows(dataSource,
                "select 1 from ari_event where asterisk_id = ? and type = 'ChannelUserevent' and payload::text like ?",
                asteriskId, "%" + agent + "%").size() == 4);
        assertEquals(failures, metrics.failures("ari"));
    }

    @Test
    void aLoginWithoutLogoutIsClosedByTheNextLogin() {
        String agent = "pub-crash-" + System.nanoTime() % 1_000_000;
        publisher.publish(transition(agent, AgentState.LOGGED_OUT, AgentState.READY, null));
        publisher.publish(transition(agent, AgentState.LOGGED_OUT, AgentState.PAUSED, "break"));
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.drained(agent).isDone());
        List<Map<String, Object>> sessions = Db.rows(dataSource,
                "select logout_at from acd_agent_session where username = ? order by id", agent);
        assertEquals(2, sessions.size());
        assertNotNull(sessions.get(0).get("logout_at"));
        assertNull(sessions.get(1).get("logout_at"));
        assertEquals("ONHOLD", ariState("Stasis:agent-1002"));
    }

    @Test
    void aTransitionOutsideAnySessionIsStillStored() {
        String agent = "pub-nosession-" + System.nanoTime() % 1_000_000;
        publisher.publish(transition(agent, AgentState.READY, AgentState.PAUSED, "meeting"));
        await().atMost(Duration.ofSeconds(10)).until(() -> publisher.drained(agent).isDone());
        List<Map<String, Object>> states = Db.rows(dataSource,
                "select session_id, reason from acd_agent_state where username = ?", agent);
        assertEquals(1, states.size());
        assertNull(states.get(0).get("session_id"));
        assertEquals("meeting", states.get(0).get("reason"));
    }
}

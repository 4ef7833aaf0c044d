package io.callcenter.console;

import static org.awaitility.Awaitility.await;

import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.Db;
import io.callcenter.mirror.LiveMirror;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Makes calls on the app's demo PBX through the app's own ARI client and reads their state from the mirror and the audit log. */
@ApplicationScoped
public class DemoCalls {

    public static final String SERVER = "demo";
    public static final String APP = "callcenter";

    @Inject
    AriConnections connections;

    @Inject
    LiveMirror mirror;

    @Inject
    AgroalDataSource dataSource;

    /** An answered call: Local/s@echo whose first half ({@code id}) is Up in our Stasis app, the other half runs Echo. */
    public record EchoCall(String id, String dialplanHalf) {
    }

    public AriApi ari() {
        await().atMost(Duration.ofSeconds(20)).until(() -> connections.status().stream()
                .anyMatch(s -> s.server().equals(SERVER) && s.state() == ConnectionState.CONNECTED));
        return connections.client(SERVER).orElseThrow();
    }

    public EchoCall echoCall() {
        String id = "echo-" + UUID.randomUUID();
        ari().channels().originate("Local/s@echo", null, null, null, null, APP, "console-test", null, 30, null, id,
                id + "-2", null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> channel(id)
                .filter(c -> "Up".equals(c.state()) && APP.equals(c.stasisApp())).isPresent());
        return new EchoCall(id, id + "-2");
    }

    /** A created channel to an agent phone, in our Stasis app and still Down (answer, play and record answer 412). */
    public String downChannel() {
        String id = "down-" + UUID.randomUUID();
        ari().channels().create("PJSIP/1002", APP, "console-test", id, null, null, null, null);
        await().atMost(Duration.ofSeconds(10)).until(() -> channel(id).filter(c -> APP.equals(c.stasisApp())).isPresent());
        return id;
    }

    /** A created channel dialled to an agent phone that keeps ringing. */
    public String ringingChannel() {
        String id = downChannel();
        ari().channels().dial(id, null, 60);
        await().atMost(Duration.ofSeconds(10)).until(() -> channel(id).filter(c -> "Ringing".equals(c.state())).isPresent());
        return id;
    }

    public Optional<ChannelView> channel(String id) {
        return mirror.server(asteriskId()).flatMap(s -> s.channels().stream().filter(c -> c.id().equals(id)).findFirst());
    }

    public String asteriskId() {
        return connections.status().stream().filter(s -> s.server().equals(SERVER)).findFirst().orElseThrow().asteriskId();
    }

    /** Event types the history logged for a channel, in order. */
    public List<String> loggedEvents(String channelId) {
        return Db.rows(dataSource, "select type from ari_event where channel_id = ? order by event_time, id", channelId)
                .stream().map(r -> (String) r.get("type")).toList();
    }

    /** Audit rows of a target ({@code demo/<id>}): actor, action, outcome, in order. */
    public List<Map<String, Object>> audit(String target) {
        return Db.rows(dataSource, "select actor, action, details->>'outcome' as outcome, details::text as details "
                + "from audit_log where target = ? order by id", target);
    }
}

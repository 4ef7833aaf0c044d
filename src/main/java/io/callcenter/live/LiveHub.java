package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerMessage;
import io.callcenter.live.wire.ServerSnapshot;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.MirrorChange;
import io.callcenter.mirror.MirrorListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import io.callcenter.security.auth.OpenSockets;
import io.callcenter.security.auth.SessionsEnded;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Hands every mirror change to the open live connections (through {@link LiveFanout}), and builds their snapshots. */
@ApplicationScoped
public class LiveHub implements MirrorListener, OpenSockets {

    /** The close reason of {@link LiveSession#SESSION_ENDED}: what the browser shows. */
    static final String SESSION_ENDED_REASON = "session ended, log in again";

    private final ConcurrentMap<String, LiveSession> sessions = new ConcurrentHashMap<>();
    private final LiveMirror mirror;
    private final WireCodec codec;
    private final LiveConfig config;
    private final Instance<LiveStateSource> sources;
    private final LiveFanout fanout;

    LiveHub(LiveMirror mirror, WireCodec codec, LiveConfig config, MeterRegistry registry,
            @Any Instance<LiveStateSource> sources, Vertx vertx) {
        this.sources = sources;
        this.fanout = new LiveFanout(vertx, config.flushInterval().toMillis());
        registry.gaugeMapSize("callcenter.live.connections", List.of(), sessions);
        this.mirror = mirror;
        this.codec = codec;
        this.config = config;
    }

    /** On the ARI dispatch thread: only queues, so it returns at once whatever the browsers do. */
    @Override
    public void onChange(MirrorChange change) {
        Delta delta = Deltas.of(change);
        if (delta == null || sessions.isEmpty()) {
            return;
        }
        fanout.add(new PendingDelta(delta, codec));
    }

    /**
     * Pushes a change that does not come from the mirror (ACD agents and queues); any thread, returns at once.
     */
    public void publish(Delta delta) {
        if (sessions.isEmpty()) {
            return;
        }
        fanout.add(new PendingDelta(delta, codec));
    }

    /** The current state of every {@link LiveStateSource}, sent as deltas right after a snapshot. */
    List<PendingDelta> beyondMirror() {
        return sources.stream().flatMap(s -> s.current().stream()).map(d -> new PendingDelta(d, codec)).toList();
    }

    /** What a connection with this visibility sees now, as seq 0. */
    ServerMessage.Snapshot snapshot(Visibility visibility) {
        List<ServerSnapshot> servers = mirror.snapshot().stream().map(ServerSnapshot::of)
                .map(visibility::restrict).filter(Objects::nonNull).toList();
        return new ServerMessage.Snapshot(0, Instant.now(), config.heartbeatInterval().toMillis(),
                config.clientIdleTimeout().toMillis(), servers);
    }

    /** Registered before its snapshot is read, so no change falls between the snapshot and the first delta. */
    void add(LiveSession session) {
        sessions.put(session.id(), session);
    }

    /**
     * On the connection's event loop, once its visibility is decided: it joins its audience's flushes, then gets
     * its snapshot (so no change falls between the two).
     */
    void start(LiveSession session) {
        if (!session.isClosed()) {
            session.joined(fanout.join(session, session.visibility()));
            session.start();
        }
    }

    /** On the connection's event loop: the socket closed. */
    LiveSession remove(String connectionId) {
        LiveSession session = sessions.remove(connectionId);
        if (session != null && session.audience() != null) {
            fanout.leave(session, session.audience());
        }
        return session;
    }

    LiveSession session(String connectionId) {
        return sessions.get(connectionId);
    }

    /** After the revoking transaction committed: a logged-out or expired browser keeps no live feed open. */
    void sessionsEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded ended) {
        for (LiveSession s : sessions.values()) {
            if (s.loginSession() != null && ended.sessionIds().contains(s.loginSession())) {
                s.closeSoon(LiveSession.SESSION_ENDED, SESSION_ENDED_REASON);
            }
        }
    }

    @Override
    public Set<Long> sessionsWithOpenSockets() {
        return sessions.values().stream().map(LiveSession::loginSession).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    /** Lets a benchmark watch every flush; null stops it. */
    void observe(FlushObserver observer) {
        fanout.observe(observer);
    }

    /** How many browsers are connected. */
    public int connections() {
        return sessions.size();
    }
}

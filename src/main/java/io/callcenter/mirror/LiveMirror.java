package io.callcenter.mirror;

import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.connection.ResyncSnapshot;
import io.callcenter.ari.events.AriEvent;
import io.callcenter.ari.events.AriTime;
import io.callcenter.mirror.MirrorChange.EventObserved;
import io.callcenter.mirror.MirrorChange.Resynced;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The live model of every connected Asterisk, keyed by (asterisk id, object id). Writes come from the servers'
 * dispatch threads through {@link MirrorIngest}; reads are safe from any thread and return immutable records.
 */
@ApplicationScoped
public class LiveMirror {

    private final ConcurrentMap<String, ServerState> servers = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ConnectionState> connections = new ConcurrentHashMap<>();

    /** Applies one event and returns the changes it caused, ending with an {@link EventObserved}. */
    public List<MirrorChange> apply(ReceivedEvent event) {
        ServerState s = state(keyOf(event.asteriskId(), event.server()), event.server());
        Instant stamped = event.message() instanceof AriEvent e ? AriTime.parse(e.timestamp()) : null;
        Instant at = stamped != null ? stamped : event.receivedAt();
        synchronized (s) {
            Mutation m = new Mutation(s, at);
            EventApplier.apply(m, event.message());
            m.out.add(new EventObserved(s.asteriskId, event.server(), event.message(), at));
            return m.out;
        }
    }

    /** Replaces a server's state with a fresh read; returns the removals and updates, ending with {@link Resynced}. */
    public List<MirrorChange> resync(ResyncSnapshot snapshot) {
        ServerState s = state(keyOf(snapshot.asteriskId(), snapshot.server()), snapshot.server());
        synchronized (s) {
            Mutation m = new Mutation(s, snapshot.takenAt());
            ResyncApplier.apply(m, snapshot);
            m.out.add(new Resynced(s.asteriskId, snapshot.server(), snapshot.takenAt()));
            return m.out;
        }
    }

    /** Remembers a server's connection state (by configured server name) for the views. */
    public void connectionState(String server, ConnectionState state) {
        connections.put(server, state);
    }

    /** Everything mirrored, one entry per server, ordered by asterisk id. */
    public List<ServerMirrorView> snapshot() {
        return servers.values().stream().map(this::view)
                .sorted(Comparator.comparing(ServerMirrorView::asteriskId)).toList();
    }

    /** One server's mirror, if any event or snapshot of it was seen. */
    public Optional<ServerMirrorView> server(String asteriskId) {
        return Optional.ofNullable(servers.get(asteriskId)).map(this::view);
    }

    private ServerMirrorView view(ServerState s) {
        return s.view(s.server == null ? null : connections.get(s.server));
    }

    public Optional<ChannelView> channel(String asteriskId, String channelId) {
        return Optional.ofNullable(servers.get(asteriskId)).map(s -> s.channels.get(channelId));
    }

    public Optional<BridgeView> bridge(String asteriskId, String bridgeId) {
        return Optional.ofNullable(servers.get(asteriskId)).map(s -> s.bridges.get(bridgeId));
    }

    private ServerState state(String asteriskId, String server) {
        ServerState s = servers.computeIfAbsent(asteriskId, id -> new ServerState(id, server));
        s.server = server;
        return s;
    }

    /** Without an entity id (old Asterisk, not yet known) the configured server name keeps servers apart. */
    public static String keyOf(String asteriskId, String server) {
        return asteriskId != null && !asteriskId.isBlank() ? asteriskId : "server:" + server;
    }
}

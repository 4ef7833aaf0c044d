package io.callcenter.supervise.monitor;

import io.callcenter.console.AriRefusal;
import io.callcenter.live.LiveHub;
import io.callcenter.live.LiveStateSource;
import io.callcenter.live.wire.Delta;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Every listen / whisper / barge session, owned by one thread of its own: REST commands and ARI events are tasks on
 * it, so a StasisStart that overtakes its REST answer still finds its session (registered before ARI is asked).
 */
@ApplicationScoped
public class Monitors implements LiveStateSource {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "supervise-monitors");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, MonitorSession> sessions = new ConcurrentHashMap<>();
    /** Session id by channel key (asterisk id + ":" + channel id) of every channel a session watches. */
    private final Map<String, String> byChannel = new ConcurrentHashMap<>();
    private final MonitorAri ari;
    private final LiveHub hub;

    Monitors(MonitorAri ari, LiveHub hub) {
        this.ari = ari;
        this.hub = hub;
    }

    static String newId() {
        return UUID.randomUUID().toString().substring(0, 13);
    }

    /** Runs on the monitors' thread and waits (REST commands); refusals and problems pass through as they are. */
    <T> T call(java.util.concurrent.Callable<T> task) {
        Future<T> f = thread.submit(task);
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    void later(Runnable task) {
        thread.execute(task);
    }

    void register(MonitorSession s) {
        sessions.put(s.id, s);
        for (String ch : new String[] {s.legId, s.agentChannel, s.callerChannel}) {
            watch(s, ch);
        }
    }

    void watch(MonitorSession s, String channelId) {
        byChannel.put(key(s.asteriskId, channelId), s.id);
    }

    Optional<MonitorSession> byChannel(String asteriskId, String channelId) {
        return Optional.ofNullable(byChannel.get(key(asteriskId, channelId))).map(sessions::get);
    }

    Optional<MonitorSession> get(String id) {
        return Optional.ofNullable(sessions.get(id));
    }

    Optional<MonitorSession> ofSupervisor(String username) {
        return sessions.values().stream().filter(s -> s.supervisor.equals(username)).findFirst();
    }

    /** Whether a {@code sup-} object belongs to a running session (strays are removed after a resync). */
    boolean owns(String asteriskId, String id) {
        return byChannel.containsKey(key(asteriskId, id)) || sessions.values().stream()
                .anyMatch(s -> s.asteriskId.equals(asteriskId) && s.bridgeId.equals(id));
    }

    /** Ends the session once: every channel of ours hung up, the private bridge destroyed, the browser told. */
    void end(MonitorSession s, String reason) {
        if (s.state == MonitorSession.State.ENDED) {
            return;
        }
        s.state = MonitorSession.State.ENDED;
        s.reason = reason;
        sessions.remove(s.id);
        byChannel.values().removeIf(s.id::equals);
        ari.hangup(s, s.legId);
        if (s.snoopId != null) {
            ari.hangup(s, s.snoopId);
        }
        ari.destroyBridge(s);
        publish(s);
    }

    /** Ends the session because a step failed; rethrows the refusal for the REST caller. */
    RuntimeException failed(MonitorSession s, RuntimeException e) {
        end(s, e instanceof AriRefusal r ? "Asterisk refused: " + r.problem().detail() : e.getMessage());
        return e;
    }

    void publish(MonitorSession s) {
        hub.publish(s.delta());
    }

    List<MonitorView> all() {
        return sessions.values().stream().map(MonitorSession::view).toList();
    }

    @Override
    public List<Delta> current() {
        return new ArrayList<>(sessions.values().stream().map(MonitorSession::delta).toList());
    }

    private static String key(String asteriskId, String channelId) {
        return asteriskId + ":" + channelId;
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }
}

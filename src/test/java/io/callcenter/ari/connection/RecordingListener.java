package io.callcenter.ari.connection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Test listener: records, per watched server, everything delivered (events, snapshots, states) in delivery
 * order; other servers (other tests, benchmarks) are ignored. A test can hold a server's event deliveries (the
 * listener blocks until released) or make it throw on a type.
 */
@ApplicationScoped
public class RecordingListener implements AriEventListener {

    private final Set<String> watched = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Object>> deliveries = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    private final Map<String, String> failOn = new ConcurrentHashMap<>();

    /** Starts recording a server (call before opening it). */
    public void watch(String server) {
        watched.add(server);
    }

    @Override
    public void onEvent(ReceivedEvent event) {
        if (!watched.contains(event.server())) {
            return;
        }
        CountDownLatch hold = holds.get(event.server());
        if (hold != null) {
            try {
                hold.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        record(event.server(), event);
        if (event.message().type().equals(failOn.get(event.server()))) {
            throw new IllegalStateException("test listener fails on " + event.message().type() + " on purpose");
        }
    }

    @Override
    public void onResync(ResyncSnapshot snapshot) {
        record(snapshot.server(), snapshot);
    }

    @Override
    public void onConnectionState(String server, ConnectionState state) {
        record(server, state);
    }

    /** Everything delivered for a server, in delivery order. */
    public List<Object> deliveries(String server) {
        return List.copyOf(deliveries.getOrDefault(server, List.of()));
    }

    public List<ReceivedEvent> events(String server) {
        return only(server, ReceivedEvent.class);
    }

    public List<ResyncSnapshot> snapshots(String server) {
        return only(server, ResyncSnapshot.class);
    }

    public List<ConnectionState> states(String server) {
        return only(server, ConnectionState.class);
    }

    /** Blocks event delivery of a server (the dispatch thread waits) until {@link #release}. */
    public void hold(String server) {
        holds.put(server, new CountDownLatch(1));
    }

    public void release(String server) {
        CountDownLatch hold = holds.remove(server);
        if (hold != null) {
            hold.countDown();
        }
    }

    /** Makes onEvent throw after recording each event of this type for the server. */
    public void failOn(String server, String type) {
        failOn.put(server, type);
    }

    /** Forgets a server (call after closing it). */
    public void forget(String server) {
        watched.remove(server);
        release(server);
        failOn.remove(server);
        deliveries.remove(server);
    }

    private void record(String server, Object delivered) {
        if (!watched.contains(server)) {
            return;
        }
        deliveries.computeIfAbsent(server, s -> new CopyOnWriteArrayList<>()).add(delivered);
    }

    private <T> List<T> only(String server, Class<T> type) {
        return deliveries(server).stream().filter(type::isInstance).map(type::cast).toList();
    }
}

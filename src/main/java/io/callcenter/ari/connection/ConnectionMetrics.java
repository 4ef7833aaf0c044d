package io.callcenter.ari.connection;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Micrometer meters of one server's connection, tagged {@code server}; removed again when it closes. */
final class ConnectionMetrics {

    private final MeterRegistry registry;
    private final String server;
    private final Map<String, Counter> receivedByType = new ConcurrentHashMap<>();
    private final List<Meter> meters = new CopyOnWriteArrayList<>();
    private final Counter malformed;
    private final Counter reconnects;
    private final Counter listenerFailures;

    ConnectionMetrics(MeterRegistry registry, String server) {
        this.registry = registry;
        this.server = server;
        this.malformed = keep(Counter.builder("ari.events.malformed").tag("server", server)
                .description("Websocket frames that were not ARI messages (skipped)").register(registry));
        this.reconnects = keep(Counter.builder("ari.connection.reconnects").tag("server", server)
                .description("Reconnect attempts scheduled after the events websocket dropped").register(registry));
        this.listenerFailures = keep(Counter.builder("ari.listener.failures").tag("server", server)
                .description("Exceptions thrown by AriEventListeners (bugs)").register(registry));
    }

    /** Publishes the dispatch queue depth as a gauge. */
    void queueDepth(Supplier<Number> depth) {
        keep(Gauge.builder("ari.dispatch.queue.depth", depth).tag("server", server)
                .description("Deliveries waiting for the listeners").register(registry));
    }

    /** One parsed event of the given type. */
    void received(String type) {
        receivedByType.computeIfAbsent(type, t -> keep(Counter.builder("ari.events.received")
                .tag("server", server).tag("type", t)
                .description("ARI events read from the websocket").register(registry))).increment();
    }

    void malformed() {
        malformed.increment();
    }

    void reconnect() {
        reconnects.increment();
    }

    void listenerFailure() {
        listenerFailures.increment();
    }

    /** Unregisters every meter, so the server name can be opened again. */
    void remove() {
        meters.forEach(registry::remove);
        meters.clear();
    }

    private <M extends Meter> M keep(M meter) {
        meters.add(meter);
        return meter;
    }
}

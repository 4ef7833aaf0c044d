package io.callcenter.ari.connection;

import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.client.AriClientFactory;
import io.callcenter.ari.config.AriConfig;
import io.callcenter.ari.config.AriServer;
import io.callcenter.ari.config.AriServers;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Opens one {@link AriConnection} per configured Asterisk at startup, closes them at shutdown. */
@ApplicationScoped
public class AriConnectionManager implements AriConnections {

    private final Map<String, AriConnection> open = new ConcurrentHashMap<>();
    private final AriServers servers;
    private final AriClientFactory clients;
    private final AriConfig config;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final Instance<AriEventListener> listeners;

    AriConnectionManager(AriServers servers, AriClientFactory clients, AriConfig config, Vertx vertx,
            MeterRegistry registry, @Any Instance<AriEventListener> listeners) {
        this.servers = servers;
        this.clients = clients;
        this.config = config;
        this.vertx = vertx;
        this.registry = registry;
        this.listeners = listeners;
    }

    void onStart(@Observes StartupEvent event) {
        servers.configured().forEach(this::open);
    }

    void onStop(@Observes ShutdownEvent event) {
        List.copyOf(open.keySet()).forEach(this::close);
    }

    @Override
    public synchronized void open(AriServer server) {
        if (open.containsKey(server.name())) {
            throw new IllegalStateException("ARI server '" + server.name() + "' is already open");
        }
        ConnectionMetrics metrics = new ConnectionMetrics(registry, server.name());
        // the beans themselves, not their client proxies: a proxy looks its bean up in the application context on
        // every call, several times per event on the dispatch thread, and an application-scoped bean never changes
        List<AriEventListener> beans = listeners.stream().map(ClientProxy::unwrap).toList();
        Dispatcher dispatcher = new Dispatcher(server.name(), beans, metrics::listenerFailure);
        metrics.queueDepth(dispatcher::queueDepth);
        AriConnection connection = new AriConnection(server, clients.create(server), config, vertx, dispatcher,
                metrics);
        open.put(server.name(), connection);
        connection.start();
    }

    @Override
    public synchronized void close(String serverName) {
        AriConnection connection = open.remove(serverName);
        if (connection != null) {
            connection.close();
        }
    }

    @Override
    public Optional<AriApi> client(String serverName) {
        return Optional.ofNullable(open.get(serverName)).map(AriConnection::client);
    }

    @Override
    public Collection<ServerStatus> status() {
        return open.values().stream().map(AriConnection::status).toList();
    }

    /**
     * Subscribes the server's app to an event source ({@code channel:ID}, {@code deviceState:NAME}, ...), now if
     * connected, and again after every reconnect. Blocking REST call: not from an event loop.
     *
     * @throws NoSuchElementException when no server of that name is open
     */
    public void subscribe(String serverName, String eventSource) {
        connection(serverName).subscribe(eventSource);
    }

    /** Undoes {@link #subscribe}; blocking REST call when connected. */
    public void unsubscribe(String serverName, String eventSource) {
        connection(serverName).unsubscribe(eventSource);
    }

    /** Why a server is not CONNECTED (last drop reason, ApplicationReplaced, ...), if known. */
    public Optional<String> problem(String serverName) {
        return Optional.ofNullable(open.get(serverName)).map(AriConnection::problem);
    }

    private AriConnection connection(String serverName) {
        AriConnection connection = open.get(serverName);
        if (connection == null) {
            throw new NoSuchElementException("No ARI server '" + serverName + "' is open");
        }
        return connection;
    }
}

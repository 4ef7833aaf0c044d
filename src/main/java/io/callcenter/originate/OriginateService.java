package io.callcenter.originate;

import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Starts originates (validated request → followed call → ARI) and finds them again, in memory or in PostgreSQL. */
@ApplicationScoped
public class OriginateService {

    private final OriginateConfig config;
    private final AriConnections connections;
    private final Originations originations;
    private final OriginateCommands commands;
    private final OriginateStore store;
    private final AuditService audit;

    OriginateService(OriginateConfig config, AriConnections connections, Originations originations,
            OriginateCommands commands, OriginateStore store, AuditService audit) {
        this.config = config;
        this.connections = connections;
        this.originations = originations;
        this.commands = commands;
        this.store = store;
        this.audit = audit;
    }

    /** Originates (blocking until ARI answered: call from a worker thread); audited as {@code originate}. */
    public OriginateRecord start(OriginateRequest request, String requestedBy) {
        AriConnections.ServerStatus server = server(request.server());
        UUID id = UUID.randomUUID();
        Origination o = new Origination(new Origination.Plan(id, server.server(), server.app(), request.endpoint().strip(),
                "originate-" + id, blankToNull(request.callerId()), or(request.context(), config.defaultContext()),
                or(request.extension(), config.defaultExtension()), request.priority() == null ? 1 : request.priority(),
                request.timeout() == null ? config.defaultTimeout() : request.timeout(), requestedBy, Instant.now()));
        originations.add(o);
        originations.changed(o);
        if (server.state() == ConnectionState.CONNECTED) {
            commands.originate(o);
        } else {
            // without its events websocket we could neither follow the call nor would Asterisk let it enter our app
            o.refused(null, "Asterisk server '" + server.server() + "' is not connected (" + server.state() + ")", Instant.now());
            originations.changed(o);
        }
        OriginateRecord now = o.view();
        audit.record("originate", now.server() + "/" + now.endpoint(), details(now));
        return now;
    }

    /** The originate from memory, else from PostgreSQL (blocking). */
    public Optional<OriginateRecord> find(UUID id) {
        Optional<Origination> live = originations.get(id);
        return live.isPresent() ? live.map(Origination::view) : store.find(id).map(this::settled);
    }

    /**
     * A stored record still dialing or up that no one here follows was left by an earlier run of the app (a restart
     * mid-call): its channel's history says how it ended, and the final record is saved. Without such history (the
     * call goes on, or the server is unknown) it stays as stored.
     */
    private OriginateRecord settled(OriginateRecord r) {
        if (r.status().isFinal()) {
            return r;
        }
        Optional<OriginateStore.ChannelEnd> end = connections.status().stream()
                .filter(s -> s.server().equals(r.server()) && s.asteriskId() != null).findFirst()
                .flatMap(s -> store.channelEnd(s.asteriskId(), r.channelId()));
        if (end.isEmpty()) {
            return r;
        }
        OriginateStore.ChannelEnd e = end.get();
        Origination o = Origination.resumed(r, r.answeredAt() != null ? r.answeredAt() : e.answered());
        if (e.vanished()) {
            o.failedWhileUp(Origination.VANISHED);
        }
        OriginateRecord done = o.ended(e.cause(), e.causeTxt(), e.destroyed());
        store.saveIfUnfinished(o);
        return done;
    }

    /** The originate while it is followed in memory (for long polls). */
    Optional<Origination> followed(UUID id) {
        return originations.get(id);
    }

    private AriConnections.ServerStatus server(String name) {
        if (name == null || name.isBlank()) {
            // the only server, else the first connected one by name
            return connections.status().stream().min(Comparator.comparing((AriConnections.ServerStatus s) ->
                    s.state() != ConnectionState.CONNECTED).thenComparing(AriConnections.ServerStatus::server))
                    .orElseThrow(() -> ProblemException.badRequest("no-server", "No Asterisk server",
                            "server: no Asterisk server is configured"));
        }
        return connections.status().stream().filter(s -> s.server().equals(name.strip())).findFirst()
                .orElseThrow(() -> ProblemException.badRequest("unknown-server", "Unknown server",
                        "server: no Asterisk server is named '" + name.strip() + "'"));
    }

    private static Map<String, Object> details(OriginateRecord r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", r.id().toString());
        d.put("channelId", r.channelId());
        d.put("context", r.context());
        d.put("extension", r.extension());
        d.put("priority", r.priority());
        d.put("timeout", r.timeout());
        d.put("callerId", r.callerId() == null ? "" : r.callerId());
        d.put("status", r.status().wire());
        d.put("message", r.message() == null ? "" : r.message());
        return d;
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.callcenter.console;

import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.security.audit.AuditService;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs console actions against ARI: finds the server's client (unknown server: 404), calls ARI, turns its
 * errors into {@link AriRefusal} and audits every attempt with its outcome. Not transactional on purpose: no
 * database transaction is held open across the ARI call; each audit row commits on its own.
 */
@ApplicationScoped
public class ConsoleAri {

    private final AriConnections connections;
    private final AuditService audit;

    ConsoleAri(AriConnections connections, AuditService audit) {
        this.connections = connections;
        this.audit = audit;
    }

    /** Performs an action that answers nothing worth returning; the answer says what was done in words. */
    public ActionResult run(ConsoleAction action, String message, Consumer<AriApi> call) {
        perform(action, client -> {
            call.accept(client);
            return null;
        });
        return ActionResult.done(action, message);
    }

    /** Performs an action and returns what ARI answered (a created bridge, playback, recording, channel). */
    public <T> T perform(ConsoleAction action, Function<AriApi, T> call) {
        return call(action, call, true);
    }

    /** A read for the system panel: not audited, errors mapped like actions. */
    public <T> T read(String server, String what, Function<AriApi, T> call) {
        return call(ConsoleAction.of(what, server, what), call, false);
    }

    private <T> T call(ConsoleAction action, Function<AriApi, T> call, boolean audited) {
        AriApi client = client(action.server());
        try {
            T result = call.apply(client);
            record(audited, action, "ok");
            return result;
        } catch (AriException e) {
            record(audited, action, "ARI " + e.status() + ": " + e.ariMessage());
            throw AriRefusal.of(e, action);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof AriException ari) {
                record(audited, action, "ARI " + ari.status() + ": " + ari.ariMessage());
                throw AriRefusal.of(ari, action);
            }
            record(audited, action, "unreachable");
            throw AriRefusal.unreachable(action, e);
        }
    }

    /** The Stasis application our connection to this server uses (snoop channels and user events go there). */
    public String app(String server) {
        return connections.status().stream().filter(s -> s.server().equals(server)).findFirst()
                .map(AriConnections.ServerStatus::app).orElseThrow(() -> unknownServer(server));
    }

    private AriApi client(String server) {
        return connections.client(server).orElseThrow(() -> unknownServer(server));
    }

    private ProblemException unknownServer(String server) {
        String known = connections.status().stream().map(AriConnections.ServerStatus::server).sorted()
                .collect(Collectors.joining(", "));
        return ProblemException.notFound("unknown-server", "Field 'server': no Asterisk server named '" + server
                + "' (known: " + (known.isEmpty() ? "none" : known) + ")");
    }

    private void record(boolean audited, ConsoleAction action, String outcome) {
        if (!audited) {
            return;
        }
        Map<String, Object> details = new LinkedHashMap<>(action.details());
        details.put("outcome", outcome);
        audit.record(action.auditAction(), action.target(), details);
    }
}

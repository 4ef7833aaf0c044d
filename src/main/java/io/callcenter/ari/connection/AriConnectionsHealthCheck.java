package io.callcenter.ari.connection;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Comparator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: UP only while every open ARI server is CONNECTED; data per server, never credentials. */
@Readiness
@ApplicationScoped
public class AriConnectionsHealthCheck implements HealthCheck {

    private final AriConnectionManager connections;

    AriConnectionsHealthCheck(AriConnectionManager connections) {
        this.connections = connections;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ARI connections");
        Collection<AriConnections.ServerStatus> all = connections.status();
        if (all.isEmpty()) {
            return response.up().withData("note", "no ARI server is open").build();
        }
        boolean up = true;
        for (AriConnections.ServerStatus s : all.stream().sorted(Comparator.comparing(AriConnections.ServerStatus::server)).toList()) {
            String key = s.server() + ".";
            response.withData(key + "state", s.state().name())
                    .withData(key + "app", s.app())
                    .withData(key + "asteriskId", s.asteriskId() == null ? "unknown" : s.asteriskId())
                    .withData(key + "eventsReceived", s.eventsReceived());
            if (s.state() != ConnectionState.CONNECTED) {
                up = false;
                connections.problem(s.server()).ifPresent(p -> response.withData(key + "problem", p));
            }
        }
        return response.status(up).build();
    }
}

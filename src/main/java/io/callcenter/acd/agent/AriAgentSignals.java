package io.callcenter.acd.agent;

import io.callcenter.ari.client.AriBodies;
import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.ari.connection.ConnectionState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/** Sends one transition to every connected Asterisk: the device state, then the user event. */
@ApplicationScoped
public class AriAgentSignals {

    private static final Logger LOG = Logger.getLogger(AriAgentSignals.class);

    @Inject
    AriConnections connections;

    @Inject
    AgentPublishConfig config;

    @Inject
    PublishMetrics metrics;

    /** The device name for an endpoint, e.g. {@code PJSIP/1001} → {@code Stasis:agent-1001}. */
    public String deviceName(String endpoint) {
        return config.devicePrefix() + endpoint.substring(endpoint.indexOf('/') + 1);
    }

    public void send(AgentTransition t) {
        for (AriConnections.ServerStatus server : connections.status()) {
            if (server.state() != ConnectionState.CONNECTED) {
                continue;
            }
            Optional<AriApi> client = connections.client(server.server());
            if (client.isEmpty()) {
                continue;
            }
            try {
                client.get().deviceStates().update(deviceName(t.endpoint()), t.to().deviceState());
                client.get().events().userEvent(config.userEvent(), server.app(), null, AriBodies.variables(variables(t)));
                metrics.sent();
            } catch (AriException | ProcessingException failure) {
                // the call flow must go on: the next transition sets the state again
                metrics.failed("ari");
                LOG.warnf("Agent %s state %s not published to %s: %s", t.username(), t.to(), server.server(),
                        failure.getMessage());
            }
        }
    }

    static Map<String, Object> variables(AgentTransition t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("agent", t.username());
        v.put("endpoint", t.endpoint());
        v.put("state", t.to().name());
        v.put("from", t.from().name());
        v.put("reason", t.reason().orElse(""));
        v.put("queue", t.queue().orElse(""));
        v.put("callId", t.callId().orElse(""));
        return v;
    }
}

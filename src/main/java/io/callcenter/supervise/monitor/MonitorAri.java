package io.callcenter.supervise.monitor;

import io.callcenter.ari.client.AriException;
import io.callcenter.ari.client.AriApi;
import io.callcenter.ari.connection.AriConnections;
import io.callcenter.console.AriRefusal;
import io.callcenter.console.ConsoleAction;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.supervise.SuperviseConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * The ARI requests of a session. {@link #run} turns ARI's refusals into the console's problem bodies (ARI's words,
 * its status); {@link #quietly} is for clean-up, where "already gone" is what we wanted anyway.
 */
@ApplicationScoped
class MonitorAri {

    private static final Logger LOG = Logger.getLogger(MonitorAri.class);

    private final AriConnections connections;
    private final SuperviseConfig config;

    MonitorAri(AriConnections connections, SuperviseConfig config) {
        this.connections = connections;
        this.config = config;
    }

    /** One step of a session; a refusal becomes an {@link AriRefusal} naming the step. */
    void run(MonitorSession s, String step, String objectId, Consumer<AriApi> call) {
        ConsoleAction action = ConsoleAction.of(step, s.server, objectId);
        try {
            call.accept(client(s.server));
        } catch (AriException e) {
            throw AriRefusal.of(e, action);
        } catch (ProcessingException e) {
            if (e.getCause() instanceof AriException ari) {
                throw AriRefusal.of(ari, action);
            }
            throw AriRefusal.unreachable(action, e);
        }
    }

    /** Clean-up: failures are logged, never thrown (the object may be gone already). */
    void quietly(MonitorSession s, String step, Consumer<AriApi> call) {
        try {
            call.accept(client(s.server));
        } catch (AriException | ProcessingException | ProblemException e) {
            LOG.debugf("Supervise %s: %s failed (%s)", s.id, step, e.getMessage());
        }
    }

    void snoop(MonitorSession s) {
        String snoopId = s.nextSnoopId();
        s.snoopId = snoopId;
        String whisper = s.mode == MonitorMode.WHISPER ? "out" : "none";
        run(s, "snoop", s.agentChannel, ari -> ari.channels().snoopChannelWithId(s.agentChannel, snoopId, "both",
                whisper, s.app, s.args()));
    }

    void ringSupervisor(MonitorSession s, String callerId) {
        run(s, "originate", s.legId, ari -> ari.channels().originateWithId(s.legId, s.endpoint, null, null, null,
                null, s.app, s.args(), callerId, (int) config.ringTimeout().toSeconds(), null, null, null, null));
    }

    void createBridge(MonitorSession s) {
        run(s, "bridge", s.bridgeId, ari -> ari.bridges().createWithId("mixing", s.bridgeId, "supervise-" + s.id,
                null));
    }

    void add(MonitorSession s, String bridge, String channel) {
        run(s, "addChannel", bridge, ari -> ari.bridges().addChannel(bridge, channel, null, null, null, null));
    }

    void hangup(MonitorSession s, String channel) {
        quietly(s, "hangup " + channel, ari -> ari.channels().hangup(channel, null, "normal"));
    }

    void destroyBridge(MonitorSession s) {
        quietly(s, "destroy " + s.bridgeId, ari -> ari.bridges().destroy(s.bridgeId));
    }

    AriApi client(String server) {
        return connections.client(server).orElseThrow(() -> ProblemException.conflict("server-gone",
                "Asterisk not connected", "Asterisk server '" + server + "' is not connected"));
    }
}

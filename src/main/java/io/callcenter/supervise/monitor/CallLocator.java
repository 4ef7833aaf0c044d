package io.callcenter.supervise.monitor;

import io.callcenter.acd.live.AcdLive;
import io.callcenter.live.wire.Delta;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import io.callcenter.mirror.ServerMirrorView;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Finds an agent's current call in ARI terms: the caller's channel (the ACD's call id), the mixing bridge it talks
 * in and the agent's own channel there (the member on the agent's phone). 409 when the agent is not on a call.
 */
@ApplicationScoped
class CallLocator {

    private final AcdLive acd;
    private final LiveMirror mirror;

    CallLocator(AcdLive acd, LiveMirror mirror) {
        this.acd = acd;
        this.mirror = mirror;
    }

    /** The agent's state as last pushed (LOGGED_OUT when never seen). */
    Delta.AgentUpsert state(String agent) {
        return acd.agents().stream().filter(a -> a.username().equals(agent)).findFirst().orElse(null);
    }

    MonitorSession.Target locate(String agent) {
        Delta.AgentUpsert a = state(agent);
        if (a == null || !"ON_CALL".equals(a.state()) || a.callId() == null) {
            throw noCall(agent, a == null ? "LOGGED_OUT" : a.state());
        }
        int colon = a.callId().lastIndexOf(':');
        String asteriskId = a.callId().substring(0, colon);
        String caller = a.callId().substring(colon + 1);
        ChannelView callerChannel = mirror.channel(asteriskId, caller).orElseThrow(() -> noCall(agent, "ended"));
        String bridgeId = callerChannel.bridgeId();
        BridgeView bridge = bridgeId == null ? null : mirror.bridge(asteriskId, bridgeId).orElse(null);
        String prefix = a.endpoint() == null ? "\u0000" : a.endpoint().toLowerCase(Locale.ROOT) + "-";
        String agentChannel = bridge == null ? null : bridge.channelIds().stream()
                .filter(id -> !id.equals(caller))
                .filter(id -> mirror.channel(asteriskId, id).map(c -> c.name().toLowerCase(Locale.ROOT)
                        .startsWith(prefix)).orElse(false))
                .findFirst().orElse(null);
        if (agentChannel == null) {
            throw noCall(agent, "not connected yet");
        }
        String server = mirror.server(asteriskId).map(ServerMirrorView::server)
                .orElseThrow(() -> noCall(agent, "server gone"));
        return new MonitorSession.Target(asteriskId, server, a.callId(), caller, agentChannel, bridgeId);
    }

    private static ProblemException noCall(String agent, String state) {
        return ProblemException.conflict("agent-not-on-call", "Agent not on a call",
                "Agent " + agent + " has no call in progress (" + state + ")");
    }
}

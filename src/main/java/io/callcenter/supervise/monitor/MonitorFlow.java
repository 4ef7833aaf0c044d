package io.callcenter.supervise.monitor;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What each command and each ARI event does to a session (monitors' thread only): ring the supervisor, snoop,
 * join channels to bridges as they enter Stasis, switch mode, end.
 */
@ApplicationScoped
class MonitorFlow {

    private final Monitors monitors;
    private final MonitorAri ari;

    MonitorFlow(Monitors monitors, MonitorAri ari) {
        this.monitors = monitors;
        this.ari = ari;
    }

    /** Registers first (events may overtake the answers), then bridge, snoop (not for barge), supervisor's phone. */
    MonitorView start(MonitorSession s, String callerId) {
        monitors.register(s);
        try {
            ari.createBridge(s);
            if (s.mode != MonitorMode.BARGE) {
                snoop(s);
            }
            ari.ringSupervisor(s, callerId);
        } catch (RuntimeException e) {
            throw monitors.failed(s, e);
        }
        monitors.publish(s);
        return s.view();
    }

    MonitorView switchMode(MonitorSession s, MonitorMode mode) {
        if (s.mode == mode) {
            return s.view();
        }
        MonitorMode before = s.mode;
        String oldSnoop = s.snoopId;
        s.mode = mode;
        if (mode == MonitorMode.BARGE) {
            s.snoopId = null;
            if (s.legUp) {
                ari.add(s, s.callBridge, s.legId);
            }
        } else {
            if (before == MonitorMode.BARGE && s.legUp) {
                ari.add(s, s.bridgeId, s.legId);
            }
            snoop(s);
        }
        if (oldSnoop != null) {
            ari.hangup(s, oldSnoop); // Asterisk cannot change a snoop's directions: a new one replaced it
        }
        monitors.publish(s);
        return s.view();
    }

    MonitorView stop(MonitorSession s) {
        monitors.end(s, "stopped by " + s.supervisor);
        return s.view();
    }

    /** A channel of a session entered Stasis: the leg answered, or a snoop is ready; each joins its bridge. */
    void stasisStarted(MonitorSession s, String channelId) {
        if (s.state == MonitorSession.State.ENDED) {
            return;
        }
        try {
            if (channelId.equals(s.legId)) {
                s.legUp = true;
                s.state = MonitorSession.State.ACTIVE;
                s.since = java.time.Instant.now();
                ari.add(s, s.mode == MonitorMode.BARGE ? s.callBridge : s.bridgeId, s.legId);
                monitors.publish(s);
            } else if (channelId.equals(s.snoopId)) {
                ari.add(s, s.bridgeId, channelId);
            } else if (channelId.startsWith("sup-snoop-")) {
                ari.hangup(s, channelId); // replaced while it was being set up
            }
        } catch (RuntimeException e) {
            monitors.failed(s, e);
        }
    }

    /** A watched channel left Stasis or is gone. */
    void gone(MonitorSession s, String channelId) {
        if (channelId.equals(s.legId)) {
            monitors.end(s, s.legUp ? "supervisor hung up" : "the supervisor's phone did not answer");
        } else if (channelId.equals(s.agentChannel) || channelId.equals(s.callerChannel)) {
            monitors.end(s, "the call ended");
        } else if (channelId.equals(s.snoopId)) {
            monitors.end(s, "the snoop on the agent's channel ended");
        }
        // a replaced snoop going away is expected
    }

    private void snoop(MonitorSession s) {
        String next = "sup-snoop-" + s.id + "-" + (s.snoops + 1);
        monitors.watch(s, next);
        ari.snoop(s);
    }
}

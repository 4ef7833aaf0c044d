package io.callcenter.supervise.monitor;

import io.callcenter.live.wire.Delta;
import java.time.Instant;

/** One listen / whisper / barge session; touched only on the monitors' own thread (see {@link Monitors}). */
final class MonitorSession {

    enum State { RINGING, ACTIVE, ENDED }

    final String id;
    final String supervisor;
    final String agent;
    final String asteriskId;
    final String server;
    final String app;
    final String endpoint;
    final String callId;
    final String callerChannel;
    final String agentChannel;
    final String callBridge;
    final String bridgeId;
    final String legId;
    MonitorMode mode;
    State state = State.RINGING;
    /** The snoop channel in use (null in barge mode); replaced ones are hung up. */
    String snoopId;
    int snoops;
    boolean legUp;
    Instant since = Instant.now();
    String reason;

    MonitorSession(String id, String supervisor, String agent, Target target, String app, String endpoint,
            MonitorMode mode) {
        this.id = id;
        this.supervisor = supervisor;
        this.agent = agent;
        this.asteriskId = target.asteriskId();
        this.server = target.server();
        this.callId = target.callId();
        this.callerChannel = target.callerChannel();
        this.agentChannel = target.agentChannel();
        this.callBridge = target.callBridge();
        this.app = app;
        this.endpoint = endpoint;
        this.mode = mode;
        this.bridgeId = "sup-bridge-" + id;
        this.legId = "sup-leg-" + id;
    }

    String nextSnoopId() {
        snoops++;
        return "sup-snoop-" + id + "-" + snoops;
    }

    String args() {
        return "supervise," + id;
    }

    MonitorView view() {
        return new MonitorView(id, supervisor, agent, callId, mode.wire(), state.name().toLowerCase(), endpoint, since,
                reason);
    }

    Delta.MonitorUpsert delta() {
        return new Delta.MonitorUpsert("acd", id, supervisor, agent, callId, mode.wire(),
                state.name().toLowerCase(), endpoint, since, reason);
    }

    /** The agent's call as found when the session started. */
    record Target(String asteriskId, String server, String callId, String callerChannel, String agentChannel,
            String callBridge) {
    }
}

package io.callcenter.acd.call;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.HandlingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The agent desk's in-call controls on the actor: hold (the caller's channel hold + music on hold), mute, DTMF and
 * bridge recording. Each checks the call is the agent's own and fits the control, sends the ARI commands in the
 * call's order and changes the call's state only once ARI accepted them; the future fails with ARI's refusal.
 */
@ApplicationScoped
public class DeskControl {

    @Inject
    DeskOwnership ownership;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    HandlingRecords handling;
    @Inject
    AcdDirectory directory;
    @Inject
    DeskViews views;
    @Inject
    DeskConsults consults;

    /**
     * The agent leaves: its leg is hung up (the runtime then ends the call, or in a conference hands it to the third
     * party). A consult not yet in a conference is dropped first, so the caller is not handed over by accident.
     */
    public CompletableFuture<Void> hangup(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        if (call.handling.consult != null && !call.handling.conference) {
            consults.endConsult(call);
        }
        String leg = call.agentChannel;
        return ops.chainAwaited(call, "agent hangup", ari -> ari.channels().hangup(leg, null, null), () -> { },
                e -> { });
    }

    public CompletableFuture<Void> hold(String username, String callId) {
        AcdCall call = talking(username, callId);
        if (call.handling.heldSince != null) {
            throw DeskOwnership.state("The caller is already on hold");
        }
        String moh = mohClass(call);
        return ops.chainAwaited(call, "hold", ari -> {
            ari.channels().hold(call.channelId);
            ari.channels().startMoh(call.channelId, moh);
        }, () -> held(call), e -> { });
    }

    public CompletableFuture<Void> unhold(String username, String callId) {
        AcdCall call = talking(username, callId);
        if (call.handling.heldSince == null) {
            throw DeskOwnership.state("The caller is not on hold");
        }
        return ops.chainAwaited(call, "unhold", ari -> {
            ari.channels().stopMoh(call.channelId);
            ari.channels().unhold(call.channelId);
        }, () -> unheld(call), e -> { });
    }

    public CompletableFuture<Void> mute(String username, String callId, String direction, boolean on) {
        AcdCall call = ownership.own(username, callId);
        String leg = call.agentChannel;
        return ops.chainAwaited(call, on ? "mute" : "unmute", ari -> {
            if (on) {
                ari.channels().mute(leg, direction);
            } else {
                ari.channels().unmute(leg, direction);
            }
        }, () -> {
            call.handling.muted = on ? direction : null;
            views.changed(call);
        }, e -> { });
    }

    /** DTMF to whom the agent talks: the consult leg while consulting, else the caller. */
    public CompletableFuture<Void> dtmf(String username, String callId, String digits) {
        AcdCall call = ownership.own(username, callId);
        CallHandling.Consult c = call.handling.consult;
        String to = c != null && !call.handling.conference ? c.channelId : call.channelId;
        return ops.chainAwaited(call, "dtmf", ari -> ari.channels().sendDTMF(to, digits, null, null, null, null),
                () -> { }, e -> { });
    }

    public CompletableFuture<Void> startRecording(String username, String callId, String format) {
        AcdCall call = ownership.own(username, callId);
        if (call.handling.recording != null) {
            throw DeskOwnership.state("The call is already being recorded (" + call.handling.recording + ")");
        }
        if (call.callBridge == null || call.phase != AcdCall.Phase.CONNECTED) {
            throw DeskOwnership.state("The call is not connected");
        }
        String name = "desk-" + call.channelId + "-" + (call.handling.recordings + 1);
        String bridge = call.callBridge;
        return ops.chainAwaited(call, "record", ari -> ari.bridges().record(bridge, name, format, null, null, null,
                "fail", null, null), () -> {
                    CallHandling h = call.handling;
                    h.recordings++;
                    h.recording = name;
                    h.recordingSince = Instant.now();
                    handling.recording(call.asteriskId, call.channelId, name);
                    step(call, "record_start", name);
                    views.changed(call);
                }, e -> { });
    }

    public CompletableFuture<Void> stopRecording(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        String name = call.handling.recording;
        if (name == null) {
            throw DeskOwnership.state("The call is not being recorded");
        }
        return ops.chainAwaited(call, "stop recording", ari -> ari.recordings().stop(name),
                () -> recordingStopped(call, "stopped"), e -> {
                    if (e.status() == 404) {
                        recordingStopped(call, "already gone");
                    }
                });
    }

    /** Connected, not consulting, not in a conference: hold and unhold apply. */
    private AcdCall talking(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        if (call.phase != AcdCall.Phase.CONNECTED || call.handling.consult != null || call.handling.conference) {
            throw DeskOwnership.state("Hold works on a connected two-party call");
        }
        return call;
    }

    void held(AcdCall call) {
        if (call.phase == AcdCall.Phase.ENDED || call.handling.heldSince != null) {
            return;
        }
        Instant now = Instant.now();
        call.handling.heldSince = now;
        handling.held(call.asteriskId, call.channelId, now);
        step(call, "hold", null);
        views.changed(call);
    }

    /** Closes the hold interval (unhold, or the end of the call while held). */
    void unheld(AcdCall call) {
        CallHandling h = call.handling;
        if (h.heldSince == null) {
            return;
        }
        long ms = Math.max(0, Instant.now().toEpochMilli() - h.heldSince.toEpochMilli());
        h.holdMs += ms;
        h.heldSince = null;
        handling.unheld(call.asteriskId, call.channelId, ms);
        step(call, "unhold", ms + " ms");
        views.changed(call);
    }

    void recordingStopped(AcdCall call, String how) {
        if (call.handling.recording != null) {
            step(call, "record_stop", call.handling.recording);
            call.handling.recording = null;
            call.handling.recordingSince = null;
            views.changed(call);
        }
    }

    String mohClass(AcdCall call) {
        return directory.queue(call.queue).map(QueueConfig::mohClass).filter(m -> !m.isBlank()).orElse(null);
    }

    void step(AcdCall call, String kind, String detail) {
        records.step(call.asteriskId, call.channelId, Instant.now(), kind, call.queue, call.agent, call.agentChannel,
                detail, null);
    }
}

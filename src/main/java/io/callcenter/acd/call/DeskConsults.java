package io.callcenter.acd.call;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.AcdActor;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.HandlingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Attended transfer and three-way conference (actor thread): the caller is held while the agent's leg talks to a
 * consult leg in a second bridge; complete joins caller and consulted party (the agent leaves), cancel resumes the
 * caller, conference puts all three in the call's mixing bridge.
 */
@ApplicationScoped
public class DeskConsults {

    @Inject
    AcdActor actor;
    @Inject
    DeskOwnership ownership;
    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    AgentMachine machine;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    HandlingRecords handling;
    @Inject
    Offers offers;
    @Inject
    DeskControl control;
    @Inject
    DeskTransfers transfers;
    @Inject
    DeskViews views;

    /** Starts a consult with a READY agent ({@code agent} = its username) or a number ({@code agent} null). */
    public CompletableFuture<Void> consult(String username, String callId, String kind, String target, String agent,
            String endpoint) {
        AcdCall call = ownership.own(username, callId);
        if (call.phase != AcdCall.Phase.CONNECTED || call.handling.consult != null || call.handling.conference) {
            throw DeskOwnership.state("A consult needs a connected two-party call");
        }
        QueueConfig q = transfers.queueOf(call);
        if (agent != null) {
            Agent b = transfers.readyAgent(username, agent);
            machine.reserve(b, call.key, call.asteriskId, call.queue);
        }
        String leg = Dispatcher.newId("acd-cleg-");
        String bridge = Dispatcher.newId("acd-consult-");
        CallHandling.Consult c = new CallHandling.Consult(kind, target, leg, bridge, agent, Instant.now());
        call.handling.consult = c;
        book.consultLegs.put(AcdCall.key(call.asteriskId, leg), call);
        control.held(call);
        step(call, c, "started");
        String moh = control.mohClass(call);
        String agentLeg = call.agentChannel;
        String app = ops.app(call.server);
        int timeout = (int) Math.max(1, q.ringTimeout().toSeconds());
        actor.after(q.ringTimeout().plus(Offers.RING_GUARD), () -> {
            if (call.handling.consult == c && !c.connected) {
                cancel(call, c, "no answer");
            }
        });
        views.changed(call);
        return ops.chainAwaited(call, "consult", ari -> {
            ari.channels().hold(call.channelId);
            ari.channels().startMoh(call.channelId, moh);
            ari.bridges().createWithId("mixing", bridge, "acd-consult", null);
            ari.bridges().addChannel(bridge, agentLeg, null, null, null, null);
            ari.channels().originateWithId(leg, endpoint, null, null, null, null, app, "consult," + call.channelId,
                    Offers.callerId(call), timeout, null, null, null, null);
        }, () -> { }, e -> {
            if (call.handling.consult == c) {
                cancel(call, c, "failed");
            }
        });
    }

    /** The consult leg answered (its StasisStart): it joins the agent in the consult bridge. */
    void answered(AcdCall call, String channelId) {
        CallHandling.Consult c = call.handling.consult;
        if (c == null || !c.channelId.equals(channelId) || c.connected) {
            return;
        }
        c.connected = true;
        if (c.agent != null) {
            agents.find(c.agent).filter(a -> a.state() == AgentState.RESERVED).ifPresent(machine::answered);
        }
        ops.chain(call, "consult join", ari -> ari.bridges().addChannel(c.bridgeId, channelId, null, null, null, null),
                AriOps.ignoreGone("consult join " + channelId));
        views.changed(call);
    }

    /** The consult leg is gone (hung up, no answer): back to the caller, or out of the conference. */
    void legGone(AcdCall call, String channelId) {
        CallHandling.Consult c = call.handling.consult;
        if (c == null || !c.channelId.equals(channelId)) {
            return;
        }
        if (call.handling.conference) {
            book.consultLegs.remove(AcdCall.key(call.asteriskId, channelId));
            call.handling.conference = false;
            call.handling.consult = null;
            freeConsulted(call, c);
            views.changed(call);
        } else {
            cancel(call, c, "cancelled");
        }
    }

    public CompletableFuture<Void> cancel(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        CallHandling.Consult c = call.handling.consult;
        if (c == null || call.handling.conference) {
            throw DeskOwnership.state("There is no consult to cancel");
        }
        return cancel(call, c, "cancelled");
    }

    /** Consult leg hung up, agent back with the caller, caller resumed. */
    CompletableFuture<Void> cancel(AcdCall call, CallHandling.Consult c, String why) {
        drop(call, c);
        step(call, c, "cancelled".equals(why) ? "cancelled" : "cancelled (" + why + ")");
        control.unheld(call);
        String bridge = call.callBridge;
        String agentLeg = call.agentChannel;
        views.changed(call);
        return ops.chainAwaited(call, "consult cancel", ari -> {
            ari.bridges().addChannel(bridge, agentLeg, null, null, null, null);
            ari.channels().stopMoh(call.channelId);
            ari.channels().unhold(call.channelId);
        }, () -> { }, e -> { });
    }

    public CompletableFuture<Void> complete(String username, String callId) {
        AcdCall call = connectedConsult(username, callId);
        return handOver(call, true);
    }

    public CompletableFuture<Void> conference(String username, String callId) {
        AcdCall call = connectedConsult(username, callId);
        CallHandling.Consult c = call.handling.consult;
        call.handling.conference = true;
        control.unheld(call);
        control.step(call, "conference", c.target);
        String bridge = call.callBridge;
        String legs = call.agentChannel + "," + c.channelId;
        views.changed(call);
        return ops.chainAwaited(call, "conference", ari -> {
            ari.bridges().addChannel(bridge, legs, null, null, null, null);
            ari.bridges().destroy(c.bridgeId);
            ari.channels().stopMoh(call.channelId);
            ari.channels().unhold(call.channelId);
        }, () -> { }, e -> { });
    }

    /**
     * The consulted party takes the call over and the agent leaves (complete, or the agent hanging up with the
     * consult connected or in a conference); {@code move} = its leg still has to join the call bridge.
     */
    CompletableFuture<Void> handOver(AcdCall call, boolean move) {
        CallHandling.Consult c = call.handling.consult;
        step(call, c, "completed");
        book.consultLegs.remove(AcdCall.key(call.asteriskId, c.channelId));
        boolean wasConference = call.handling.conference;
        call.handling.conference = false;
        transfers.leave(call, (c.agent != null ? "agent:" : "number:") + c.target, "attended:" + c.target, true);
        call.handling.consult = null;
        if (c.agent != null) {
            call.agent = c.agent;
            call.agentChannel = c.channelId;
            book.agentLegs.put(AcdCall.key(call.asteriskId, c.channelId), call);
            handling.agentChanged(call.asteriskId, call.channelId, c.agent, c.channelId, call.callBridge);
        } else {
            call.partyChannel = c.channelId;
            book.parties.put(AcdCall.key(call.asteriskId, c.channelId), call);
        }
        views.changed(call);
        String bridge = call.callBridge;
        if (!move || wasConference) {
            return CompletableFuture.completedFuture(null);
        }
        return ops.chainAwaited(call, "consult complete", ari -> {
            ari.bridges().addChannel(bridge, c.channelId, null, null, null, null);
            ari.bridges().destroy(c.bridgeId);
        }, () -> { }, e -> { });
    }

    /** The call ends (or the agent leaves without handing over): the consult leg goes, the consulted agent is freed. */
    void endConsult(AcdCall call) {
        CallHandling.Consult c = call.handling.consult;
        if (c != null) {
            drop(call, c);
            call.handling.conference = false;
        }
    }

    private void drop(AcdCall call, CallHandling.Consult c) {
        call.handling.consult = null;
        book.consultLegs.remove(AcdCall.key(call.asteriskId, c.channelId));
        offers.hangup(call.server, c.channelId);
        ops.chainCleanup(call, "destroy " + c.bridgeId, ari -> ari.bridges().destroy(c.bridgeId));
        freeConsulted(call, c);
    }

    private void freeConsulted(AcdCall call, CallHandling.Consult c) {
        if (c.agent == null) {
            return;
        }
        agents.find(c.agent).filter(a -> call.key.equals(a.callId())).ifPresent(a -> {
            if (a.state() == AgentState.RESERVED) {
                machine.released(a);
            } else {
                machine.callEnded(a, Duration.ZERO);
            }
        });
    }

    private AcdCall connectedConsult(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        if (call.handling.consult == null || !call.handling.consult.connected || call.handling.conference) {
            throw DeskOwnership.state("The consulted party has not answered");
        }
        return call;
    }

    private void step(AcdCall call, CallHandling.Consult c, String detail) {
        records.step(call.asteriskId, call.channelId, Instant.now(), "consult", call.queue, c.agent, c.channelId,
                detail, null);
    }
}

package io.callcenter.acd.call;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.HandlingRecords;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * Blind transfers from the agent desk (actor thread): the agent leaves at once and goes to wrap-up, the caller
 * stays: parked with music and offered to one agent like a queue call, re-enqueued in a queue, or bridged with a
 * number once it answers. The agent's leg going is then not the end of the call.
 */
@ApplicationScoped
public class DeskTransfers {

    @Inject
    DeskOwnership ownership;
    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    AgentMachine machine;
    @Inject
    AcdDirectory directory;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    HandlingRecords handling;
    @Inject
    Waiting waiting;
    @Inject
    Offers offers;
    @Inject
    Dispatcher dispatcher;
    @Inject
    Leaving leaving;
    @Inject
    DeskControl control;
    @Inject
    DeskViews views;

    public void toAgent(String username, String callId, String target) {
        AcdCall call = connected(username, callId);
        Agent b = readyAgent(username, target);
        QueueConfig q = queueOf(call);
        leave(call, "agent:" + target, "blind:agent:" + target, false);
        call.handling.targetAgent = target;
        park(call, q);
        offers.ring(call, b, q);
        views.changed(call);
    }

    public void toQueue(String username, String callId, String queue, boolean keepEnqueueTime) {
        AcdCall call = connected(username, callId);
        QueueConfig q = directory.queue(queue).orElseThrow(() -> unavailable("No queue named '" + queue + "'"));
        leave(call, "queue:" + q.name(), "blind:queue:" + q.name(), false);
        call.queue = q.name();
        call.tried.clear();
        call.notBefore = null;
        if (!keepEnqueueTime) {
            call.enqueuedAt = Instant.now();
        }
        handling.queueChanged(call.asteriskId, call.channelId, q.name());
        park(call, q);
        waiting.joined(call, q);
        dispatcher.request();
    }

    public void toNumber(String username, String callId, String number, String endpoint) {
        AcdCall call = connected(username, callId);
        QueueConfig q = queueOf(call);
        leave(call, "number:" + number, "blind:number:" + number, false);
        park(call, q);
        call.phase = AcdCall.Phase.LEAVING;
        String channelId = Dispatcher.newId("acd-xfer-");
        call.partyChannel = channelId;
        book.parties.put(AcdCall.key(call.asteriskId, channelId), call);
        int timeout = (int) Math.max(1, q.ringTimeout().toSeconds());
        String app = ops.app(call.server);
        ops.chain(call, "transfer originate", ari -> ari.channels().originateWithId(channelId, endpoint, null, null,
                null, null, app, "transfer," + call.channelId, Offers.callerId(call), timeout, null, null, null,
                null), e -> leaving.partyGone(call));
    }

    /**
     * The answering agent leaves the call: recorded as transferred, its leg hung up (no longer "the agent's leg", so
     * its end does not end the call), the agent to wrap-up. The call bridge goes too unless the caller stays in it.
     */
    void leave(AcdCall call, String to, String detail, boolean keepBridge) {
        CallHandling h = call.handling;
        h.transferredTo = to;
        records.transferred(call.asteriskId, call.channelId, to);
        control.step(call, "transfer", detail);
        views.changed(call);
        if (h.heldSince != null) {
            control.unheld(call);
            ops.chain(call, "resume", ari -> {
                ari.channels().stopMoh(call.channelId);
                ari.channels().unhold(call.channelId);
            }, AriOps.ignoreGone("resume " + call.channelId));
        }
        String agent = call.agent;
        String leg = call.agentChannel;
        call.agent = null;
        call.agentChannel = null;
        h.muted = null;
        if (leg != null) {
            book.agentLegs.remove(AcdCall.key(call.asteriskId, leg));
            offers.hangup(call.server, leg);
        }
        if (!keepBridge && call.callBridge != null) {
            String bridge = call.callBridge;
            call.callBridge = null;
            control.recordingStopped(call, "transfer");
            ops.chainCleanup(call, "destroy " + bridge, ari -> ari.bridges().destroy(bridge));
        }
        Duration wrapUp = directory.queue(call.queue).map(QueueConfig::wrapUp).orElse(Duration.ZERO);
        agents.find(agent).filter(a -> call.key.equals(a.callId())).ifPresent(a -> machine.callEnded(a, wrapUp));
    }

    private void park(AcdCall call, QueueConfig q) {
        call.phase = AcdCall.Phase.WAITING;
        call.cancelTimers();
        waiting.park(call, q);
    }

    private AcdCall connected(String username, String callId) {
        AcdCall call = ownership.own(username, callId);
        if (call.phase != AcdCall.Phase.CONNECTED || call.handling.consult != null || call.handling.conference) {
            throw DeskOwnership.state("A blind transfer needs a connected two-party call");
        }
        return call;
    }

    /** The target agent of a transfer or consult: another agent, READY now. */
    Agent readyAgent(String username, String target) {
        if (target.equals(username)) {
            throw ProblemException.badRequest("desk-transfer", "Invalid target", "You cannot transfer to yourself");
        }
        Agent b = agents.find(target).orElseThrow(() -> unavailable("Agent " + target + " is not logged in"));
        if (b.state() != AgentState.READY) {
            throw unavailable("Agent " + target + " is " + b.state() + ", not READY");
        }
        return b;
    }

    QueueConfig queueOf(AcdCall call) {
        return directory.queue(call.queue).orElseThrow(() -> unavailable("The call's queue " + call.queue
                + " no longer exists"));
    }

    static ProblemException unavailable(String detail) {
        return ProblemException.conflict("desk-target-unavailable", "Target unavailable", detail);
    }
}

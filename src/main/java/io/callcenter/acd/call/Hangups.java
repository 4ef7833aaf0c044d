package io.callcenter.acd.call;

import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/**
 * The end of a call, whoever hangs up first: a caller gone while waiting is an abandon (with wait and position);
 * once connected, the side that hung up first is recorded and the other leg is hung up by us.
 */
@ApplicationScoped
public class Hangups {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Hangups.class);

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
    Offers offers;
    @Inject
    Leaving leaving;
    @Inject
    Dispatcher dispatcher;
    @Inject
    DeskConsults consults;
    @Inject
    DeskControl control;

    /** The caller's channel left our app or is gone; {@code cause} is the hangup cause when known. */
    void callerLeft(AcdCall call, Integer cause) {
        if (call.phase == AcdCall.Phase.ENDED) {
            return;
        }
        Instant now = Instant.now();
        if (call.phase == AcdCall.Phase.WAITING) {
            int position = book.position(call);
            long waited = Math.max(0, now.toEpochMilli() - call.enqueuedAt.toEpochMilli());
            offers.withdrawAll(call);
            if (call.decide("abandoned")) {
                records.abandoned(call.asteriskId, call.channelId, waited, position);
                records.step(call.asteriskId, call.channelId, now, "abandon", call.queue, null, null,
                        "position " + position + " after " + waited + " ms", cause);
            }
        }
        String side = call.hungUpBySystem ? "system" : "caller";
        hangupOthers(call);
        end(call, side, cause);
    }

    /** The agent's (or overflow endpoint's) leg of a connected call is gone: the caller is hung up too. */
    void otherLeft(AcdCall call, Integer cause) {
        if (call.phase == AcdCall.Phase.ENDED) {
            return;
        }
        if (call.handling.consult != null) {
            // the agent hung up while consulting: a connected consult party takes the call over
            if (call.handling.consult.connected) {
                consults.handOver(call, !call.handling.conference);
                return;
            }
            consults.endConsult(call);
        }
        leaving.hangupCaller(call);
        hangupOthers(call);
        end(call, "agent", cause);
    }

    private void hangupOthers(AcdCall call) {
        if (call.agentChannel != null) {
            offers.hangup(call.server, call.agentChannel);
        }
        if (call.partyChannel != null) {
            offers.hangup(call.server, call.partyChannel);
        }
    }

    /** Closes the call once: records, bridges destroyed, the agent to wrap-up, the call forgotten. */
    void end(AcdCall call, String side, Integer cause) {
        if (call.phase == AcdCall.Phase.ENDED) {
            return;
        }
        Instant now = Instant.now();
        LOG.debugf("ACD: call %s ends in phase %s, side %s, cause %s", call.key, call.phase, side, cause);
        consults.endConsult(call);
        control.unheld(call);
        control.recordingStopped(call, "call ended");
        call.phase = AcdCall.Phase.ENDED;
        call.cancelTimers();
        records.step(call.asteriskId, call.channelId, now, "hangup", call.queue, call.agent, null, side, cause);
        records.ended(call.asteriskId, call.channelId, now, side, cause);
        for (String bridge : new String[] {call.holdingBridge, call.callBridge}) {
            if (bridge != null) {
                ops.chainCleanup(call, "destroy " + bridge, ari -> ari.bridges().destroy(bridge));
            }
        }
        if (call.agent != null) {
            Duration wrapUp = directory.queue(call.queue).map(QueueConfig::wrapUp).orElse(Duration.ZERO);
            agents.find(call.agent).filter(a -> call.key.equals(a.callId()))
                    .ifPresent(a -> machine.callEnded(a, wrapUp));
        }
        book.remove(call);
        dispatcher.request();
    }
}

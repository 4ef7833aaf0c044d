package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Offers a call to an agent (originate with a pre-assigned channel id into our app, ring timeout) and settles the
 * offer exactly once: answered, withdrawn, or missed (no answer, busy, unavailable) with the agent's miss counted.
 */
@ApplicationScoped
public class Offers {

    /** Extra time over the ring timeout before we stop waiting for Asterisk to report the ring-out. */
    static final Duration RING_GUARD = Duration.ofSeconds(5);

    @Inject
    AcdActor actor;
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
    Dispatcher dispatcher;
    @Inject
    Connector connector;

    void ring(AcdCall call, Agent agent, QueueConfig q) {
        String ext = agent.endpoint().substring(agent.endpoint().indexOf('/') + 1);
        String channelId = Dispatcher.newId("acd-agent-" + ext + "-");
        Offer offer = new Offer(channelId, agent.username(), call, agents.now());
        call.offers.put(channelId, offer);
        book.offers.put(AcdCall.key(call.asteriskId, channelId), offer);
        machine.reserve(agent, call.key, call.asteriskId, call.queue);
        records.step(call.asteriskId, call.channelId, offer.at, "offer", call.queue, agent.username(), channelId, null,
                null);
        int timeout = (int) Math.max(1, q.ringTimeout().toSeconds());
        String callerId = callerId(call);
        String app = ops.app(call.server);
        ops.send(call.server, "originate " + channelId, ari -> ari.channels().originateWithId(channelId,
                agent.endpoint(), null, null, null, null, app, "agent," + call.channelId, callerId, timeout, null,
                null, null, null), e -> ended(offer, "unavailable", null));
        actor.after(q.ringTimeout().plus(RING_GUARD), () -> {
            if (offer.status == Offer.Status.RINGING) {
                hangup(call.server, channelId);
                ended(offer, "no_answer", null);
            }
        });
    }

    /** The agent's leg entered our app: it answered. */
    void answered(Offer offer) {
        AcdCall call = offer.call;
        if (offer.status != Offer.Status.RINGING || !call.waiting()) {
            // too late (withdrawn, caller gone, another agent faster): the leg goes, the agent is free again
            hangup(call.server, offer.channelId);
            if (offer.status == Offer.Status.RINGING) {
                release(offer);
                settle(offer, "cancelled", null);
            }
            return;
        }
        offer.status = Offer.Status.ANSWERED;
        call.offers.remove(offer.channelId);
        book.offers.remove(AcdCall.key(call.asteriskId, offer.channelId));
        records.step(call.asteriskId, call.channelId, agents.now(), "offer_result", call.queue, offer.agent,
                offer.channelId, "answered", null);
        withdrawAll(call);
        agents.find(offer.agent).ifPresent(machine::answered);
        connector.connectAgent(call, offer.agent, offer.channelId);
    }

    /** The agent's leg is gone before it answered (cause from ChannelDestroyed), or the originate failed. */
    void ended(Offer offer, String result, Integer cause) {
        if (offer.status == Offer.Status.ANSWERED || offer.status == Offer.Status.ENDED) {
            return;
        }
        if (offer.status == Offer.Status.WITHDRAWN) {
            settle(offer, "cancelled", cause);
            return;
        }
        AcdCall call = offer.call;
        call.tried.add(offer.agent);
        if (offer.agent.equals(call.handling.targetAgent)) {
            // a blind transfer to this agent failed: the caller goes back to its queue
            call.handling.targetAgent = null;
        }
        int autoPause = directory.queue(call.queue).map(QueueConfig::autoPauseAfterMisses).orElse(0);
        agents.find(offer.agent).filter(a -> call.key.equals(a.callId()))
                .ifPresent(a -> machine.missed(a, result, autoPause));
        settle(offer, result, cause);
    }

    /** Stops every offer of the call still ringing (hang up their legs); the agents are released without a miss. */
    void withdrawAll(AcdCall call) {
        for (Offer o : call.offers.values()) {
            if (o.status == Offer.Status.RINGING) {
                hangup(call.server, o.channelId);
                release(o);
            }
        }
    }

    /** The offer is withdrawn; its agent is free at once (the leg's end, when it comes, is only recorded). */
    private void release(Offer o) {
        o.status = Offer.Status.WITHDRAWN;
        agents.find(o.agent).filter(a -> o.call.key.equals(a.callId())).ifPresent(machine::released);
    }

    /** Records the offer's result and forgets it; the agent was already dealt with. */
    private void settle(Offer offer, String result, Integer cause) {
        AcdCall call = offer.call;
        offer.status = Offer.Status.ENDED;
        call.offers.remove(offer.channelId);
        book.offers.remove(AcdCall.key(call.asteriskId, offer.channelId));
        records.step(call.asteriskId, call.channelId, agents.now(), "offer_result", call.queue, offer.agent,
                offer.channelId, result, cause);
        dispatcher.request();
    }

    void hangup(String server, String channelId) {
        ops.send(server, "hangup " + channelId, ari -> ari.channels().hangup(channelId, null, null),
                AriOps.ignoreGone("hangup " + channelId));
    }

    /** What the agent's phone shows: the caller's name and number. */
    static String callerId(AcdCall call) {
        String number = call.callerNumber == null ? "" : call.callerNumber;
        return call.callerName == null || call.callerName.isBlank() ? number
                : "\"" + call.callerName.replace("\"", "") + "\" <" + number + ">";
    }

    /** The offer result for a Q.850 cause of the agent's leg. */
    static String result(Integer cause) {
        if (cause == null) {
            return "failed";
        }
        return switch (cause) {
            case 19, 18 -> "no_answer";
            case 17 -> "busy";
            case 21 -> "rejected";
            case 3, 20, 27, 38 -> "unavailable";
            default -> "failed";
        };
    }
}

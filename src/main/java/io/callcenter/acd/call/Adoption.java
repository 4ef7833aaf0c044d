package io.callcenter.acd.call;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentMachine;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.OpenCallRow;
import io.callcenter.mirror.BridgeView;
import io.callcenter.mirror.ChannelView;
import io.callcenter.mirror.LiveMirror;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Matches the ACD's calls with the ARI state read after a (re)connect (actor thread; see {@link Recovery}). */
@ApplicationScoped
public class Adoption {

    @Inject
    LiveMirror mirror;
    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    AgentMachine machine;
    @Inject
    AcdDirectory directory;
    @Inject
    CallRecords records;
    @Inject
    Hangups hangups;
    @Inject
    Offers offers;
    @Inject
    Waiting waiting;
    @Inject
    Leaving leaving;

    /** Calls, offers and legs of this server that ended while the websocket was away. */
    void dropVanished(String asteriskId) {
        for (AcdCall call : book.all()) {
            if (!call.asteriskId.equals(asteriskId)) {
                continue;
            }
            for (Offer o : List.copyOf(call.offers.values())) {
                if (live(asteriskId, o.channelId).isEmpty()) {
                    offers.ended(o, "failed", null);
                }
            }
            if (live(asteriskId, call.channelId).isEmpty()) {
                hangups.callerLeft(call, null);
            } else if (call.agentChannel != null && call.phase != AcdCall.Phase.WAITING
                    && live(asteriskId, call.agentChannel).isEmpty()) {
                hangups.otherLeft(call, null);
            }
        }
    }

    void adopt(String asteriskId, String server, List<OpenCallRow> rows) {
        Instant now = Instant.now();
        for (OpenCallRow row : rows) {
            if (book.call(asteriskId, row.callId()) != null) {
                continue;
            }
            Optional<ChannelView> caller = live(asteriskId, row.callId());
            if (caller.isEmpty()) {
                // it ended while nobody was listening: closed with what is known
                if (row.outcome() == null) {
                    records.abandoned(asteriskId, row.callId(), Duration.between(row.enqueuedAt(), now).toMillis(), 0);
                }
                records.ended(asteriskId, row.callId(), now, "unknown", null);
                continue;
            }
            AcdCall call = new AcdCall(asteriskId, row.callId(), server, row.did(), row.callerNumber(),
                    row.callerName(), row.enqueuedAt());
            call.queue = row.queue();
            call.priority = row.priority();
            call.enqueuePosition = row.position();
            call.outcome = row.outcome();
            book.add(call);
            String bridgeId = caller.get().bridgeId();
            if (bridgeId != null && bridgeId.startsWith("acd-call-")) {
                connected(call, row, bridgeId);
            } else if (row.outcome() != null) {
                leaving.goodbye(call, null);
            } else {
                waitingAgain(call, bridgeId);
            }
        }
    }

    private void connected(AcdCall call, OpenCallRow row, String bridgeId) {
        call.phase = AcdCall.Phase.CONNECTED;
        call.callBridge = bridgeId;
        call.agent = row.agent();
        call.answeredAt = row.enqueuedAt();
        List<String> members = mirror.bridge(call.asteriskId, bridgeId).map(BridgeView::channelIds).orElse(List.of());
        // the recorded agent leg first: a supervisor barging in is a third member, never the agent
        String other = row.agentChannel() != null && members.contains(row.agentChannel()) ? row.agentChannel()
                : members.stream().filter(id -> !id.equals(call.channelId)).findFirst().orElse(null);
        if (other == null) {
            hangups.otherLeft(call, null);
            return;
        }
        if (row.agent() == null) {
            call.partyChannel = other;
            book.parties.put(AcdCall.key(call.asteriskId, other), call);
            return;
        }
        call.agentChannel = other;
        book.agentLegs.put(AcdCall.key(call.asteriskId, other), call);
        Agent a = agents.agent(row.agent(), null);
        if (a.state() != AgentState.ON_CALL || !call.key.equals(a.callId())) {
            machine.reserve(a, call.key, call.asteriskId, call.queue);
            machine.answered(a);
        }
    }

    private void waitingAgain(AcdCall call, String bridgeId) {
        Optional<QueueConfig> q = directory.queue(call.queue);
        if (q.isEmpty()) {
            leaving.goodbye(call, null);
            return;
        }
        if (bridgeId != null && bridgeId.startsWith("acd-hold-")) {
            call.holdingBridge = bridgeId;
        } else {
            waiting.park(call, q.get());
            records.holdingBridge(call.asteriskId, call.channelId, call.holdingBridge);
        }
        waiting.joined(call, q.get(), call.enqueuedAt);
    }

    /** Agents the book holds as busy with a call that no longer exists are freed. */
    void freeAgents() {
        for (Agent a : agents.all()) {
            boolean known = a.callId() != null && book.calls.containsKey(a.callId());
            if (a.state() == AgentState.ON_CALL && !known) {
                machine.callEnded(a, Duration.ZERO);
            } else if (a.state() == AgentState.RESERVED && !known) {
                machine.released(a);
            }
        }
    }

    /** Legs and bridges of ours that nobody owns any more (rung or built before a restart). */
    void hangupStrays(String asteriskId, String server) {
        mirror.server(asteriskId).ifPresent(s -> {
            for (ChannelView c : s.channels()) {
                String key = AcdCall.key(asteriskId, c.id());
                boolean ours = c.id().startsWith("acd-agent-") || c.id().startsWith("acd-ovf-");
                if (ours && !book.offers.containsKey(key) && !book.agentLegs.containsKey(key)
                        && !book.parties.containsKey(key)) {
                    offers.hangup(server, c.id());
                }
            }
        });
    }

    private Optional<ChannelView> live(String asteriskId, String channelId) {
        return mirror.channel(asteriskId, channelId);
    }
}

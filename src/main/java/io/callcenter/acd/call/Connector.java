package io.callcenter.acd.call;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.HandlingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Joins a waiting caller with the party that answered (an agent, or an overflow endpoint): optional whisper to the
 * agent, then a fresh mixing bridge with both (the caller leaves the holding bridge, so its music stops).
 */
@ApplicationScoped
public class Connector {

    @Inject
    CallBook book;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    AcdDirectory directory;
    @Inject
    QueueStats stats;
    @Inject
    Dispatcher dispatcher;
    @Inject
    HandlingRecords handling;
    @Inject
    DeskViews views;

    void connectAgent(AcdCall call, String agent, String agentChannel) {
        Instant now = Instant.now();
        call.phase = AcdCall.Phase.CONNECTING;
        call.agent = agent;
        call.agentChannel = agentChannel;
        call.handling.targetAgent = null;
        call.cancelTimers();
        call.decide("answered");
        book.agentLegs.put(AcdCall.key(call.asteriskId, agentChannel), call);
        call.callBridge = Dispatcher.newId("acd-call-");
        if (call.answeredAt == null) {
            call.answeredAt = now;
            stats.answered(call.queue, call.enqueuedAt, now);
            records.answered(call.asteriskId, call.channelId, now, agent, agentChannel, call.callBridge);
        } else {
            // a transferred call answered again: the first answer stays the call's, the row follows the agent
            handling.agentChanged(call.asteriskId, call.channelId, agent, agentChannel, call.callBridge);
        }
        records.step(call.asteriskId, call.channelId, now, "answer", call.queue, agent, agentChannel,
                "waited " + (now.toEpochMilli() - call.enqueuedAt.toEpochMilli()) + " ms", null);
        Optional<String> whisper = directory.queue(call.queue).flatMap(QueueConfig::whisper).filter(w -> !w.isBlank());
        if (whisper.isPresent()) {
            String playback = Dispatcher.newId("acd-whisper-");
            call.pendingPlayback = playback;
            book.playbacks.put(playback, call);
            ops.chain(call, "whisper", ari -> ari.channels().playWithId(agentChannel, playback, whisper.get(), null,
                    null, null), e -> whisperDone(call));
        } else {
            bridge(call, agentChannel);
        }
        // the agent went ON_CALL (and its desk was pushed) before the call named it: push the connected view now
        views.changed(call);
        dispatcher.request();
    }

    /** The overflow endpoint answered: no agent, the call was already counted as overflowed. */
    void connectParty(AcdCall call, String channelId) {
        call.phase = AcdCall.Phase.CONNECTING;
        call.cancelTimers();
        call.callBridge = Dispatcher.newId("acd-call-");
        records.step(call.asteriskId, call.channelId, Instant.now(), "transfer", call.queue, null, channelId,
                call.handling.transferredTo != null ? "transfer target answered" : "overflow endpoint answered", null);
        bridge(call, channelId);
    }

    /** The whisper finished (or could not play): now join the parties. */
    void whisperDone(AcdCall call) {
        if (call.pendingPlayback != null) {
            book.playbacks.remove(call.pendingPlayback);
            call.pendingPlayback = null;
        }
        if (call.phase == AcdCall.Phase.CONNECTING && call.agentChannel != null) {
            bridge(call, call.agentChannel);
        }
    }

    private void bridge(AcdCall call, String other) {
        String bridge = call.callBridge;
        String holding = call.holdingBridge;
        ops.chain(call, "connect", ari -> {
            ari.bridges().createWithId("mixing", bridge, "acd-" + call.queue, null);
            if (holding != null) {
                removeQuietly(ari, holding, call.channelId);
            }
            ari.bridges().addChannel(bridge, call.channelId + "," + other, null, null, null, null);
        }, AriOps.ignoreGone("connect " + call.channelId));
        if (holding != null) {
            ops.chain(call, "destroy holding bridge", ari -> ari.bridges().destroy(holding),
                    AriOps.ignoreGone("destroy " + holding));
            call.holdingBridge = null;
        }
        call.phase = AcdCall.Phase.CONNECTED;
    }

    private static void removeQuietly(io.callcenter.ari.client.AriApi ari, String holding, String channel) {
        try {
            ari.bridges().removeChannel(holding, channel);
        } catch (io.callcenter.ari.client.AriException e) {
            // 422: the caller was not (yet) in the holding bridge; 404: the bridge is gone. Either way it is out.
            if (e.status() != 422 && e.status() != 404) {
                throw e;
            }
        }
    }
}

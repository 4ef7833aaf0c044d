package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.AcdConfig;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.acd.config.Target;
import io.callcenter.acd.record.CallRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * A caller leaves its queue without an agent (max wait, max length, no agents, after hours): to another queue
 * (keeping its enqueue time), to an endpoint, or to a goodbye prompt and hangup.
 */
@ApplicationScoped
public class Leaving {

    @Inject
    AcdActor actor;
    @Inject
    AcdConfig config;
    @Inject
    CallBook book;
    @Inject
    AcdDirectory directory;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    Offers offers;
    @Inject
    Dispatcher dispatcher;
    @Inject
    Waiting waiting;

    /** The queue's overflow target for this reason (after hours uses the after-hours target). */
    void overflow(AcdCall call, String reason) {
        Optional<QueueConfig> q = directory.queue(call.queue);
        Target target = q.map(c -> "after_hours".equals(reason) ? c.afterHours() : c.overflow())
                .orElse(Target.goodbye());
        leave(call, reason, target);
    }

    void leave(AcdCall call, String reason, Target target) {
        if (call.phase != AcdCall.Phase.WAITING) {
            return;
        }
        offers.withdrawAll(call);
        call.cancelTimers();
        Instant now = Instant.now();
        String to = target.kind().name().toLowerCase() + ":" + target.value();
        records.step(call.asteriskId, call.channelId, now, "overflow", call.queue, null, null, reason + " -> " + to,
                null);
        if (target.kind() == Target.Kind.QUEUE) {
            Optional<QueueConfig> next = directory.queue(target.value());
            if (next.isPresent() && !next.get().name().equals(call.queue) && call.hops < config.maxQueueHops()) {
                call.hops++;
                call.queue = next.get().name();
                call.tried.clear();
                call.notBefore = null;
                records.queueChanged(call.asteriskId, call.channelId, call.queue, reason, to);
                records.movedToQueue(call.asteriskId, call.channelId, now, call.queue, SlRules.of(next.get()));
                if (call.holdingBridge == null) {
                    // turned away on arrival (after hours, max length, no agents): never parked, so no music yet
                    waiting.park(call, next.get());
                    records.holdingBridge(call.asteriskId, call.channelId, call.holdingBridge);
                }
                waiting.joined(call, next.get());
                dispatcher.request();
                return;
            }
            target = Target.goodbye();
            reason = next.isPresent() ? "hops" : reason;
        }
        if (call.decide("overflowed")) {
            records.overflowed(call.asteriskId, call.channelId, reason, to);
        }
        call.phase = AcdCall.Phase.LEAVING;
        dispatcher.request();
        if (target.kind() == Target.Kind.ENDPOINT) {
            toEndpoint(call, target.value());
        } else {
            goodbye(call, target.value());
        }
    }

    private void toEndpoint(AcdCall call, String endpoint) {
        String channelId = Dispatcher.newId("acd-ovf-");
        call.partyChannel = channelId;
        book.parties.put(AcdCall.key(call.asteriskId, channelId), call);
        records.transferred(call.asteriskId, call.channelId, endpoint);
        int timeout = directory.queue(call.queue).map(q -> (int) Math.max(1, q.ringTimeout().toSeconds())).orElse(30);
        String app = ops.app(call.server);
        ops.chain(call, "overflow originate", ari -> ari.channels().originateWithId(channelId, endpoint, null, null,
                null, null, app, "overflow," + call.channelId, Offers.callerId(call), timeout, null, null, null,
                null), e -> partyGone(call));
    }

    /** The overflow endpoint did not answer (or could not be called): the caller gets the goodbye. */
    void partyGone(AcdCall call) {
        if (call.phase == AcdCall.Phase.LEAVING) {
            book.parties.remove(AcdCall.key(call.asteriskId, call.partyChannel));
            call.partyChannel = null;
            goodbye(call, Target.goodbye().value());
        }
    }

    /** Plays the media (if any) to the caller, then hangs up; a prompt that never ends is cut after a timeout. */
    void goodbye(AcdCall call, String media) {
        call.phase = AcdCall.Phase.LEAVING;
        if (media == null || media.isBlank()) {
            hangupCaller(call);
            return;
        }
        String playback = Dispatcher.newId("acd-bye-");
        call.pendingPlayback = playback;
        book.playbacks.put(playback, call);
        ops.chain(call, "goodbye", ari -> ari.channels().playWithId(call.channelId, playback, media, null, null, null),
                e -> hangupCaller(call));
        call.leaveTimer = actor.after(config.goodbyeTimeout(), () -> hangupCaller(call));
    }

    void hangupCaller(AcdCall call) {
        if (call.phase == AcdCall.Phase.ENDED) {
            return;
        }
        call.hungUpBySystem = true;
        ops.chainCleanup(call, "hangup caller", ari -> ari.channels().hangup(call.channelId, null, null));
    }
}

package io.callcenter.acd.call;

import io.callcenter.acd.AcdActor;
import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.record.CallRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;

/** A caller waiting in a queue: parked with music in a holding bridge, timers for max wait, announcements, skills. */
@ApplicationScoped
public class Waiting {

    @Inject
    AcdActor actor;
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
    Leaving leaving;
    @Inject
    Dispatcher dispatcher;

    /** Creates the holding bridge (a new id, never reused) with the queue's music and puts the caller in. */
    void park(AcdCall call, QueueConfig q) {
        String bridge = Dispatcher.newId("acd-hold-");
        call.holdingBridge = bridge;
        ops.chain(call, "park", ari -> {
            ari.bridges().createWithId("holding", bridge, "queue-" + q.name(), null);
            ari.bridges().startMoh(bridge, q.mohClass().isBlank() ? null : q.mohClass());
            ari.bridges().addChannel(bridge, call.channelId, null, null, null, null);
        }, AriOps.ignoreGone("park " + call.channelId));
    }

    /** Arms the timers of a caller that (re)joined a queue; max wait counts from {@code since}. */
    void joined(AcdCall call, QueueConfig q) {
        joined(call, q, Instant.now());
    }

    void joined(AcdCall call, QueueConfig q, Instant since) {
        call.cancelTimers();
        q.maxWait().ifPresent(max -> call.maxWaitTimer = actor.after(Duration.between(Instant.now(), since.plus(max)),
                () -> {
                    if (call.waiting()) {
                        leaving.overflow(call, "max_wait");
                    }
                }));
        q.skillRelaxAfter().ifPresent(d -> actor.after(Duration.between(Instant.now(), call.enqueuedAt.plus(d)),
                dispatcher::request));
        scheduleAnnouncement(call, q.announceInterval());
    }

    private void scheduleAnnouncement(AcdCall call, Duration interval) {
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        call.announceTimer = actor.after(interval, () -> {
            if (call.waiting() && !call.ringing()) {
                announce(call);
            }
            if (call.waiting()) {
                scheduleAnnouncement(call, interval);
            }
        });
    }

    /** Position and estimated wait, as one playlist on the caller's channel (it keeps its place in the bridge). */
    void announce(AcdCall call) {
        int position = book.position(call);
        long minutes = stats.estimate(call.queue, position).toMinutes();
        String media = (position <= 1 ? "sound:queue-youarenext"
                : "sound:queue-thereare,number:" + position + ",sound:queue-callswaiting")
                + (minutes >= 1 ? ",sound:queue-holdtime,number:" + minutes + ",sound:queue-minutes" : "");
        String playback = Dispatcher.newId("acd-announce-");
        records.step(call.asteriskId, call.channelId, Instant.now(), "announce", call.queue, null, null,
                "position " + position + ", about " + minutes + " min", null);
        ops.chain(call, "announce", ari -> ari.channels().playWithId(call.channelId, playback, media, null, null,
                null), AriOps.ignoreGone("announce " + call.channelId));
    }
}

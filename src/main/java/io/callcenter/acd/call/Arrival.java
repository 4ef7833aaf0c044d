package io.callcenter.acd.call;

import io.callcenter.acd.config.AcdDirectory;
import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.NewCall;
import io.callcenter.ari.model.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * An inbound caller entered our app ({@code StasisStart(inbound, DID)}): queue by DID, answer, then after hours,
 * max length and "no agents" are checked before the caller joins and is parked.
 */
@ApplicationScoped
public class Arrival {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(Arrival.class);

    @Inject
    io.callcenter.acd.AcdActor actor;
    @Inject
    CallBook book;
    @Inject
    AcdDirectory directory;
    @Inject
    AriOps ops;
    @Inject
    CallRecords records;
    @Inject
    Waiting waiting;
    @Inject
    Leaving leaving;
    @Inject
    Dispatcher dispatcher;

    void arrive(String asteriskId, String server, Channel channel, String did) {
        if (book.call(asteriskId, channel.id()) != null) {
            return; // a StasisStart seen twice
        }
        Optional<QueueConfig> queue = directory.queueForDid(did);
        if (queue.isEmpty()) {
            refuse(server, channel.id(), did);
            return;
        }
        Instant now = Instant.now();
        String number = channel.caller() == null ? null : channel.caller().number();
        String name = channel.caller() == null ? null : channel.caller().name();
        AcdCall call = new AcdCall(asteriskId, channel.id(), server, did, number, name, now);
        call.queue = queue.map(QueueConfig::name).orElse("");
        call.priority = queue.map(q -> q.didPriority().getOrDefault(did, 0)).orElse(0);
        book.add(call);
        LOG.debugf("ACD: call %s arrives for DID %s, queue %s", call.key, did, call.queue);
        ops.chain(call, "answer", ari -> ari.channels().answer(call.channelId), AriOps.ignoreGone("answer"));
        QueueConfig q = queue.get();
        if (q.hours().isPresent() && !q.hours().get().isOpen(now)) {
            enqueued(call, q, 0);
            leaving.overflow(call, "after_hours");
            return;
        }
        int ahead = book.waiting(q.name()).size() - 1;
        if (q.maxLength().isPresent() && ahead >= q.maxLength().get()) {
            enqueued(call, q, 0);
            leaving.overflow(call, "max_length");
            return;
        }
        if (!q.joinWhenNoAgents() && !dispatcher.anyoneLoggedIn(q.name())) {
            enqueued(call, q, 0);
            leaving.overflow(call, "no_agents");
            return;
        }
        waiting.park(call, q);
        enqueued(call, q, book.position(call));
        q.priorityVariable().filter(v -> !v.isBlank()).ifPresent(v -> readPriority(call, v));
        waiting.joined(call, q);
        dispatcher.request();
    }

    /**
     * No queue takes this DID: not a queued call, so nothing is recorded or held; refused like an unallocated
     * number with one ARI command (cheap on purpose: a misrouted flood must not cost records, timers, prompts).
     */
    private void refuse(String server, String channelId, String did) {
        LOG.debugf("ACD: no queue for DID %s, refusing %s", did, channelId);
        ops.send(server, "refuse " + channelId, ari -> ari.channels().hangup(channelId, null, "unallocated"),
                AriOps.ignoreGone("refuse " + channelId));
    }

    private void enqueued(AcdCall call, QueueConfig queue, int position) {
        call.enqueuePosition = position;
        records.enqueued(new NewCall(call.asteriskId, call.channelId, call.server, call.queue, call.did,
                call.callerNumber, call.callerName, call.priority, call.enqueuedAt, position, call.holdingBridge,
                SlRules.of(queue)));
    }

    /** A caller priority from a channel variable overrides the DID's (read through ARI, off the actor). */
    private void readPriority(AcdCall call, String variable) {
        ops.chain(call, "priority variable", ari -> {
            String value = ari.channels().getChannelVar(call.channelId, variable).value();
            if (value != null && value.strip().matches("-?\\d{1,9}")) {
                dispatcherActor(call, Integer.parseInt(value.strip()));
            }
        }, AriOps.ignoreGone("read " + variable));
    }

    private void dispatcherActor(AcdCall call, int priority) {
        actor.run(() -> {
            call.priority = priority;
            records.priority(call.asteriskId, call.channelId, priority);
            dispatcher.request();
        });
    }
}

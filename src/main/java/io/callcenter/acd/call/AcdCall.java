package io.callcenter.acd.call;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One inbound call handled by the ACD; touched only on the actor thread. */
final class AcdCall {

    enum Phase {
        /** Waiting in a queue (parked in the holding bridge, or being parked), possibly with offers ringing. */
        WAITING,
        /** An agent (or the overflow endpoint) answered: being bridged, maybe after a whisper. */
        CONNECTING,
        CONNECTED,
        /** Leaving without an agent: goodbye prompt or overflow endpoint ringing. */
        LEAVING,
        ENDED
    }

    final String asteriskId;
    final String channelId;
    final String server;
    final String key;
    final String did;
    final String callerNumber;
    final String callerName;
    /** Queue order; a blind transfer to a queue may restart it (the record keeps the first enqueue time). */
    Instant enqueuedAt;
    String queue;
    int priority;
    int enqueuePosition;
    int hops;
    /** Volatile: the ARI threads read it to skip commands of ended calls. */
    volatile Phase phase = Phase.WAITING;
    String holdingBridge;
    String callBridge;
    /** Offers by agent channel id. */
    final Map<String, Offer> offers = new LinkedHashMap<>();
    /** Agents tried (and failed) in the current round. */
    final Set<String> tried = new HashSet<>();
    Instant notBefore;
    String agent;
    String agentChannel;
    /** The answered overflow endpoint's channel (no agent then). */
    String partyChannel;
    Instant answeredAt;
    /** answered | abandoned | overflowed, set once. */
    String outcome;
    String pendingPlayback;
    /** We hung the caller up (goodbye, the agent left): the hangup side is ours. */
    boolean hungUpBySystem;
    ScheduledFuture<?> maxWaitTimer;
    ScheduledFuture<?> announceTimer;
    ScheduledFuture<?> leaveTimer;
    /** The agent desk's handling of the connected call. */
    final CallHandling handling = new CallHandling();
    /** ARI commands of this call, sent one after the other. */
    CompletableFuture<Void> commands = CompletableFuture.completedFuture(null);

    AcdCall(String asteriskId, String channelId, String server, String did, String callerNumber, String callerName,
            Instant enqueuedAt) {
        this.asteriskId = asteriskId;
        this.channelId = channelId;
        this.server = server;
        this.key = key(asteriskId, channelId);
        this.did = did;
        this.callerNumber = callerNumber;
        this.callerName = callerName;
        this.enqueuedAt = enqueuedAt;
    }

    static String key(String asteriskId, String channelId) {
        return asteriskId + ":" + channelId;
    }

    boolean waiting() {
        return phase == Phase.WAITING;
    }

    boolean ringing() {
        return offers.values().stream().anyMatch(o -> o.status == Offer.Status.RINGING);
    }

    /** Sets the outcome if none yet; true when this call decided it. */
    boolean decide(String outcome) {
        if (this.outcome != null) {
            return false;
        }
        this.outcome = outcome;
        return true;
    }

    void cancelTimers() {
        for (ScheduledFuture<?> t : new ScheduledFuture<?>[] {maxWaitTimer, announceTimer, leaveTimer}) {
            if (t != null) {
                t.cancel(false);
            }
        }
        maxWaitTimer = null;
        announceTimer = null;
        leaveTimer = null;
    }
}

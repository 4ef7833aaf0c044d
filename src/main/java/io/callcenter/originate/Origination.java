package io.callcenter.originate;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * One originate while it is followed. Changed by the requesting thread (ARI's answer) and the server's dispatch
 * thread (events), which may come in either order (events often precede ARI's HTTP answer), hence synchronized.
 */
final class Origination {

    /** What was asked for, with defaults applied. */
    record Plan(UUID id, String server, String app, String endpoint, String channelId, String callerId, String context,
            String extension, int priority, int timeout, String requestedBy, Instant startedAt) {
    }

    /** Why a call ended as an error when its channel vanished while the ARI connection was down. */
    static final String VANISHED = "The channel ended while the ARI connection was down; its cause is unknown";

    final Plan plan;
    private final CompletableFuture<OriginateRecord> finished = new CompletableFuture<>();
    private OriginateStatus status = OriginateStatus.DIALING;
    private String message;
    private String failure;
    private Integer cause;
    private String causeTxt;
    private Integer ariStatus;
    private Instant answeredAt;
    private Instant endedAt;
    private boolean continued;
    private volatile boolean saved;

    Origination(Plan plan) {
        this.plan = plan;
    }

    /** A record an earlier run of the app left unfinished (no one follows it any more), to be ended from history. */
    static Origination resumed(OriginateRecord r, Instant answeredAt) {
        Origination o = new Origination(new Plan(r.id(), r.server(), null, r.endpoint(), r.channelId(), r.callerId(),
                r.context(), r.extension(), r.priority(), r.timeout(), r.requestedBy(), r.startedAt()));
        if (answeredAt != null) {
            o.answered(answeredAt);
        }
        return o;
    }

    /** The channel went Up; true when this is news. */
    synchronized boolean answered(Instant at) {
        if (answeredAt != null || status.isFinal()) {
            return false;
        }
        answeredAt = at;
        status = OriginateStatus.UP;
        return true;
    }

    /** True exactly once: whoever gets it sends the continue. */
    synchronized boolean claimContinue() {
        if (continued || status.isFinal()) {
            return false;
        }
        continued = true;
        return true;
    }

    /** Something went wrong while the channel still exists (continue refused); the call ends as an error. */
    synchronized void failedWhileUp(String why) {
        failure = why;
    }

    /** ARI refused the originate or could not be reached: over at once, with ARI's message or ours. */
    synchronized OriginateRecord refused(Integer httpStatus, String why, Instant at) {
        if (!status.isFinal()) {
            status = OriginateStatus.ERROR;
            ariStatus = httpStatus;
            message = why;
            endedAt = at;
        }
        return view();
    }

    /** The channel is gone: completed if it was answered (and continued without refusal), else an error. */
    synchronized OriginateRecord ended(Integer q850, String txt, Instant at) {
        if (!status.isFinal()) {
            cause = q850;
            causeTxt = txt;
            endedAt = at;
            String words = q850 == null ? null : (txt == null || txt.isBlank() ? "Cause" : txt) + " (" + q850 + ")";
            if (failure == null) {
                message = words == null ? "The channel ended without a cause" : words;
            } else {
                message = words == null ? failure : failure + "; " + words;
            }
            status = answeredAt != null && failure == null ? OriginateStatus.COMPLETED : OriginateStatus.ERROR;
        }
        return view();
    }

    synchronized OriginateRecord view() {
        Long duration = answeredAt == null || endedAt == null ? null
                : Math.max(0, Math.round(Duration.between(answeredAt, endedAt).toMillis() / 1000.0));
        return new OriginateRecord(plan.id(), plan.server(), plan.endpoint(), plan.channelId(), plan.callerId(),
                plan.context(), plan.extension(), plan.priority(), plan.timeout(), plan.requestedBy(), status, message,
                cause, causeTxt, ariStatus, duration, plan.startedAt(), answeredAt, endedAt);
    }

    synchronized boolean isFinal() {
        return status.isFinal();
    }

    /** Completes once, with the final record; long polls wait on it. */
    CompletableFuture<OriginateRecord> finished() {
        return finished;
    }

    /** Called outside the lock by whoever made it final (completing runs the waiters' callbacks). */
    void announceIfFinal() {
        OriginateRecord now = view();
        if (now.status().isFinal()) {
            finished.complete(now);
        }
    }

    /** The final state is in PostgreSQL: the memory copy may be dropped. */
    void markSaved() {
        saved = true;
    }

    boolean savedFinal() {
        return saved;
    }
}

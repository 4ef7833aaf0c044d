package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.CallOutcome;
import io.callcenter.metrics.QueueStay;
import io.callcenter.wallboard.history.StepRow;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call's story folded from its steps: its stays in queues (a move to another queue opens a new stay that keeps
 * the first enqueue instant), hold time, end, and what is known about the caller.
 */
final class CallTrack {

    final String key;
    String did;
    String callerNumber;
    String callerName;
    int priority;
    Instant enqueuedAt;
    Instant endedAt;
    Instant handlingEndedAt;
    final List<StayTrack> stays = new ArrayList<>();
    private Duration hold = Duration.ZERO;
    private Instant holdSince;

    CallTrack(String key) {
        this.key = key;
    }

    /** One step, in id order; kinds the figures do not need (offers, announcements, recordings...) change nothing. */
    void apply(StepRow s) {
        did = s.did();
        callerNumber = s.callerNumber();
        callerName = s.callerName();
        priority = s.priority();
        switch (s.kind()) {
            case "enqueue" -> {
                if (enqueuedAt == null) {
                    enqueuedAt = s.at();
                    stays.add(new StayTrack(s.queue(), s.at(), s.rules()));
                }
            }
            case "answer" -> open().ifPresent(st -> st.leave(s.at(), CallOutcome.ANSWERED, s.agent()));
            case "abandon" -> open().ifPresent(st -> st.leave(s.at(), CallOutcome.ABANDONED, null));
            case "overflow" -> open().ifPresent(st -> st.leave(s.at(), Outcomes.ofOverflow(s.detail()), null));
            case "transfer" -> transfer(s);
            case "hold" -> holdSince = holdSince == null ? s.at() : holdSince;
            case "unhold" -> unhold(s.at());
            case "hangup" -> {
                endedAt = s.at();
                unhold(s.at());
            }
            default -> {
            }
        }
    }

    private void transfer(StepRow s) {
        String detail = s.detail() == null ? "" : s.detail();
        if (detail.startsWith("queue ") && enqueuedAt != null && open().isEmpty()) {
            stays.add(new StayTrack(s.queue(), s.at(), s.rules()));
        } else if (detail.startsWith("blind:") || detail.startsWith("attended:")) {
            stays.stream().filter(st -> st.outcome == CallOutcome.ANSWERED && st.transferredAt == null).findFirst()
                    .ifPresent(st -> st.transferredAt = s.at());
        }
    }

    private void unhold(Instant at) {
        if (holdSince != null) {
            hold = hold.plus(Duration.between(holdSince, at));
            holdSince = null;
        }
    }

    private Optional<StayTrack> open() {
        return stays.isEmpty() || stays.get(stays.size() - 1).leftAt != null ? Optional.empty()
                : Optional.of(stays.get(stays.size() - 1));
    }

    /** The stays as the metrics see them (only once the enqueue step is known). */
    List<QueueStay> queueStays() {
        if (enqueuedAt == null) {
            return List.of();
        }
        return stays.stream().map(st -> new QueueStay(st.queue, enqueuedAt, st.joinedAt,
                Optional.ofNullable(st.leftAt), Optional.ofNullable(st.outcome), Optional.ofNullable(st.transferredAt),
                Optional.ofNullable(endedAt), st.outcome == CallOutcome.ANSWERED
                        ? Optional.ofNullable(handlingEndedAt) : Optional.empty(),
                st.outcome == CallOutcome.ANSWERED ? hold : Duration.ZERO)).toList();
    }

    /** One stay while being folded. */
    static final class StayTrack {
        final String queue;
        final Instant joinedAt;
        /** The queue's rules recorded when the stay began (empty for rows older than V95). */
        final Optional<SlRules> rules;
        Instant leftAt;
        CallOutcome outcome;
        String agent;
        Instant transferredAt;

        StayTrack(String queue, Instant joinedAt, Optional<SlRules> rules) {
            this.queue = queue;
            this.joinedAt = joinedAt;
            this.rules = rules;
        }

        void leave(Instant at, CallOutcome how, String by) {
            leftAt = at;
            outcome = how;
            agent = by;
        }
    }
}

package io.callcenter.reports.cdr;

import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.CallOutcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stays of a call read from its steps: each move to another queue ({@code overflow} then {@code transfer
 * "queue X"}) closes one stay and opens the next; the last stay ends as {@code acd_call.outcome} says. Each stay
 * carries the rules recorded on the step that opened it (enqueue, the move).
 *
 * @param list the stays in order
 * @param transferTarget where the answering agent transferred the caller, if it did
 */
record StayReader(List<QueueStay> list, Optional<String> transferTarget) {

    static StayReader of(CallHistory h) {
        List<QueueStay> done = new ArrayList<>();
        String queue = h.firstQueue();
        int position = h.enqueuePosition() == null ? 0 : h.enqueuePosition();
        StepRow overflow = null;
        Instant abandonAt = null;
        Optional<String> transfer = Optional.empty();
        Optional<SlRules> rules = Optional.empty();
        for (StepRow s : h.steps()) {
            switch (s.kind()) {
                case "enqueue" -> rules = done.isEmpty() && rules.isEmpty() ? s.rules() : rules;
                case "overflow" -> overflow = s;
                case "abandon" -> abandonAt = s.at();
                case "transfer" -> {
                    if (isQueueMove(s)) {
                        Instant left = overflow != null ? overflow.at() : s.at();
                        done.add(new QueueStay(done.size(), queue, h.enqueuedAt(), Optional.of(clamp(h, left)),
                                Optional.of(overflowOutcome(reason(overflow))), position, Optional.empty(), rules));
                        queue = s.queue() != null ? s.queue() : s.detail().substring("queue ".length());
                        rules = s.rules();
                        position = 0;
                        overflow = null;
                    } else if (isAgentTransfer(s)) {
                        transfer = Optional.of(s.detail());
                    }
                }
                default -> {
                }
            }
        }
        boolean agentTransfer = transfer.isPresent();
        Optional<CallOutcome> outcome = finalOutcome(h, agentTransfer);
        Instant left = outcome.map(o -> switch (o) {
            case ANSWERED, TRANSFERRED -> h.answeredAt() != null ? h.answeredAt() : h.enqueuedAt();
            case ABANDONED -> h.abandonWaitMs() != null ? h.enqueuedAt().plusMillis(h.abandonWaitMs())
                    : h.endedAt() != null ? h.endedAt() : h.enqueuedAt();
            case AFTER_HOURS -> h.enqueuedAt();
            case TIMEOUT, OVERFLOW -> h.endedAt() != null ? h.endedAt() : h.enqueuedAt();
        }).orElse(null);
        if (outcome.filter(o -> o == CallOutcome.TIMEOUT || o == CallOutcome.OVERFLOW).isPresent()
                && overflow != null) {
            left = overflow.at();
        }
        if (outcome.filter(o -> o == CallOutcome.ABANDONED).isPresent() && abandonAt != null) {
            left = abandonAt;
        }
        done.add(new QueueStay(done.size(), queue, h.enqueuedAt(), Optional.ofNullable(left).map(l -> clamp(h, l)),
                outcome, position, outcome.filter(CallOutcome::answered).flatMap(o -> Optional.ofNullable(h.agent())),
                rules));
        return new StayReader(done, transfer);
    }

    /** The ACD's move to another queue ({@code Leaving}): no agent, no channel, detail "queue &lt;name&gt;". */
    private static boolean isQueueMove(StepRow s) {
        return s.agent() == null && s.channelId() == null && s.detail() != null && s.detail().startsWith("queue ");
    }

    /** An agent's transfer of the answered caller (detail blind:... or attended:..., see V45). */
    private static boolean isAgentTransfer(StepRow s) {
        return s.detail() != null && (s.detail().startsWith("blind:") || s.detail().startsWith("attended:"));
    }

    private static Optional<CallOutcome> finalOutcome(CallHistory h, boolean agentTransfer) {
        if (h.outcome() == null) {
            // a call closed without an outcome (taken over after a restart and found gone) was left by its caller
            return h.endedAt() == null ? Optional.empty() : Optional.of(CallOutcome.ABANDONED);
        }
        return Optional.of(switch (h.outcome()) {
            case "answered" -> agentTransfer ? CallOutcome.TRANSFERRED : CallOutcome.ANSWERED;
            case "abandoned" -> CallOutcome.ABANDONED;
            default -> overflowOutcome(h.overflowReason());
        });
    }

    /** The reason part of an overflow step's detail "reason -> target". */
    private static String reason(StepRow overflow) {
        if (overflow == null || overflow.detail() == null) {
            return null;
        }
        int arrow = overflow.detail().indexOf(" -> ");
        return arrow < 0 ? overflow.detail() : overflow.detail().substring(0, arrow);
    }

    private static CallOutcome overflowOutcome(String reason) {
        if ("max_wait".equals(reason)) {
            return CallOutcome.TIMEOUT;
        }
        return "after_hours".equals(reason) ? CallOutcome.AFTER_HOURS : CallOutcome.OVERFLOW;
    }

    private static Instant clamp(CallHistory h, Instant left) {
        return left.isBefore(h.enqueuedAt()) ? h.enqueuedAt() : left;
    }
}

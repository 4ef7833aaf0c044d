package io.callcenter.reports.cdr;

import io.callcenter.metrics.CallOutcome;
import io.callcenter.metrics.Handling;
import io.callcenter.metrics.HandlingTotals;
import io.callcenter.metrics.QueuedCall;
import io.callcenter.reports.query.AgentCalls;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a call's history into its CDR and stays: a pure function, so the live projection, a rebuild and the data
 * generator produce the same records from the same history.
 */
public final class CallProjection {

    /** Offer results that are the agent's miss (a ring cancelled because the call went elsewhere is not). */
    private static final Set<String> MISSES = Set.of("no_answer", "busy", "unavailable", "failed");

    private CallProjection() {
    }

    public static ProjectedCall project(CallHistory h) {
        StayReader stays = StayReader.of(h);
        List<QueueStay> list = stays.list();
        QueueStay last = list.get(list.size() - 1);
        Optional<CallOutcome> outcome = last.outcome();
        boolean answered = outcome.map(CallOutcome::answered).orElse(false);
        Optional<Instant> ended = Optional.ofNullable(h.endedAt());
        Optional<Duration> talk = answered && h.answeredAt() != null ? ended.map(e -> nonNegative(
                Duration.between(h.answeredAt(), e).minusMillis(h.holdMs()))) : Optional.empty();
        Optional<Instant> wrapEnd = Optional.ofNullable(h.wrapEndedAt()).or(h::agentWrapEnd);
        Optional<Duration> wrap = answered ? ended.flatMap(e -> wrapEnd.map(w -> nonNegative(Duration.between(e, w))))
                : Optional.empty();
        Optional<Handling> handling = talk.isPresent() && wrap.isPresent()
                ? Optional.of(new Handling(talk.get(), Duration.ofMillis(h.holdMs()), wrap.get())) : Optional.empty();
        int counted = ended.isEmpty() ? 0 : !answered || handling.isPresent() ? 2 : 1;

        List<Optional<QueuedCall>> queued = list.stream().map(s -> s.outcome().map(o -> new QueuedCall(s.enqueuedAt(),
                s.leftAt().orElseThrow(), o, Optional.<Handling>empty()))).toList();
        Duration waited = queued.get(queued.size() - 1).map(QueuedCall::waited).orElse(Duration.ZERO);
        List<String> queues = list.stream().map(QueueStay::queue).distinct().toList();
        Map<String, AgentCalls> agentCalls = agentCalls(h, answered ? last.agent() : Optional.empty());
        CallRecord record = new CallRecord(h.asteriskId(), h.callId(), h.callerNumber(), h.callerName(), h.did(),
                list.get(0).queue(), last.queue(), queues, h.enqueuedAt(), Optional.ofNullable(h.answeredAt()), ended,
                outcome, answered ? last.agent() : Optional.empty(), List.copyOf(agentCalls.keySet()), waited, talk,
                Duration.ofMillis(h.holdMs()), wrap, Optional.ofNullable(h.hangupSide()),
                Optional.ofNullable(h.hangupCause()), Optional.ofNullable(h.disposition()),
                stays.transferTarget().or(() -> Optional.ofNullable(h.transferredTo())),
                Optional.ofNullable(h.overflowReason()),
                outcome.filter(o -> o == CallOutcome.ABANDONED).flatMap(o -> Optional.ofNullable(h.abandonPosition())),
                Optional.ofNullable(h.recording()));
        return new ProjectedCall(record, list, queued, agentCalls, handling, counted);
    }

    /** Offers, answers and misses per agent rung, in the order they were first rung. */
    private static Map<String, AgentCalls> agentCalls(CallHistory h, Optional<String> answeredBy) {
        Map<String, AgentCalls> out = new LinkedHashMap<>();
        for (StepRow s : h.steps()) {
            if (s.agent() == null) {
                continue;
            }
            if ("offer".equals(s.kind())) {
                out.merge(s.agent(), new AgentCalls(1, 0, 0, HandlingTotals.NONE),
                        AgentCalls::plus);
            } else if ("offer_result".equals(s.kind()) && MISSES.contains(s.detail())) {
                out.merge(s.agent(), new AgentCalls(0, 0, 1, HandlingTotals.NONE),
                        AgentCalls::plus);
            }
        }
        answeredBy.ifPresent(a -> out.merge(a, new AgentCalls(0, 1, 0, HandlingTotals.NONE),
                AgentCalls::plus));
        return out;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}

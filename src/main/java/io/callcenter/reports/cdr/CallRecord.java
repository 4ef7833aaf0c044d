package io.callcenter.reports.cdr;

import io.callcenter.metrics.CallOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The call detail record: one per call the ACD took, projected from its history.
 *
 * @param asteriskId the Asterisk the call came in on
 * @param callId the caller's channel id
 * @param callerNumber caller id number
 * @param callerName caller id name
 * @param did the number dialled
 * @param firstQueue the queue it joined first
 * @param queue the queue it was in last
 * @param queues every queue it visited, in order
 * @param enqueuedAt when it joined the first queue
 * @param answeredAt when an agent answered, if one did
 * @param endedAt when the call ended (empty while it goes on)
 * @param outcome the outcome of its last stay (empty while waiting)
 * @param agent the agent who answered
 * @param agentsOffered every agent its phone rang for, in order (repeats removed)
 * @param waited time in queue(s) until answered / abandoned / sent on
 * @param talk connected time, hold excluded (empty unless answered and ended)
 * @param hold time on hold
 * @param wrap the answering agent's wrap-up after the call (empty until it is over)
 * @param hangupSide who hung up first: caller, agent, system, unknown
 * @param hangupCause Q.850 cause of that hangup
 * @param disposition disposition code set by the agent
 * @param transferredTo where the call was sent on (agent transfer or overflow endpoint)
 * @param overflowReason why it left a queue unanswered (max_wait, max_length, no_agents, after_hours, ...)
 * @param abandonPosition queue position when the caller hung up
 * @param recording name of the stored recording (playable through the recordings API)
 */
public record CallRecord(String asteriskId, String callId, String callerNumber, String callerName, String did,
        String firstQueue, String queue, List<String> queues, Instant enqueuedAt, Optional<Instant> answeredAt,
        Optional<Instant> endedAt, Optional<CallOutcome> outcome, Optional<String> agent, List<String> agentsOffered,
        Duration waited, Optional<Duration> talk, Duration hold, Optional<Duration> wrap, Optional<String> hangupSide,
        Optional<Integer> hangupCause, Optional<String> disposition, Optional<String> transferredTo,
        Optional<String> overflowReason, Optional<Integer> abandonPosition, Optional<String> recording) {

    public CallRecord {
        queues = List.copyOf(queues);
        agentsOffered = List.copyOf(agentsOffered);
    }

    /** Whole call duration, enqueue to end (empty while it goes on). */
    public Optional<Duration> duration() {
        return endedAt.map(e -> Duration.between(enqueuedAt, e));
    }
}

package io.callcenter.reports.web.dto;

import io.callcenter.reports.cdr.CallRecord;
import java.time.ZoneId;
import java.util.List;

/**
 * One call detail record as the call search and the CSV show it.
 *
 * @param asteriskId the Asterisk it came in on
 * @param callId the caller's channel id
 * @param callerNumber caller id number
 * @param callerName caller id name
 * @param did number dialled
 * @param queue last queue
 * @param queues every queue visited, in order
 * @param enqueuedAt joined the first queue (centre's zone)
 * @param answeredAt answered by an agent
 * @param endedAt ended
 * @param outcome answered, transferred, abandoned, timeout, overflow, after-hours; null while waiting
 * @param agent the agent who answered
 * @param agentsOffered agents rung, in order
 * @param waitMs time in queue
 * @param talkMs talk (hold excluded)
 * @param holdMs hold
 * @param wrapMs the answering agent's wrap-up
 * @param durationMs enqueue to end
 * @param hangupSide caller, agent, system, unknown
 * @param hangupCause Q.850 cause of that hangup
 * @param disposition the agent's disposition code
 * @param transferredTo where it was sent on
 * @param overflowReason why it left a queue unanswered
 * @param abandonPosition queue position at abandon
 * @param recording stored recording name
 */
public record CallJson(String asteriskId, String callId, String callerNumber, String callerName, String did,
        String queue, List<String> queues, String enqueuedAt, String answeredAt, String endedAt, String outcome,
        String agent, List<String> agentsOffered, long waitMs, Long talkMs, long holdMs, Long wrapMs, Long durationMs,
        String hangupSide, Integer hangupCause, String disposition, String transferredTo, String overflowReason,
        Integer abandonPosition, String recording) {

    public static CallJson of(CallRecord r, ZoneId zone) {
        return new CallJson(r.asteriskId(), r.callId(), r.callerNumber(), r.callerName(), r.did(), r.queue(),
                r.queues(), Times.local(r.enqueuedAt(), zone), Times.local(r.answeredAt(), zone),
                Times.local(r.endedAt(), zone),
                r.outcome().map(Times::slug).orElse(null),
                r.agent().orElse(null), r.agentsOffered(), r.waited().toMillis(), Times.ms(r.talk()),
                r.hold().toMillis(), Times.ms(r.wrap()), Times.ms(r.duration()), r.hangupSide().orElse(null),
                r.hangupCause().orElse(null), r.disposition().orElse(null), r.transferredTo().orElse(null),
                r.overflowReason().orElse(null), r.abandonPosition().orElse(null), r.recording().orElse(null));
    }
}

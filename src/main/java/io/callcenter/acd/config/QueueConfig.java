package io.callcenter.acd.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One queue's configuration as the ACD runtime reads it (immutable snapshot; the admin API replaces it).
 *
 * @param name unique queue name (also what {@code UserAccount.queues} and supervisors refer to)
 * @param dids DIDs / extensions routed to this queue (the {@code ${EXTEN}} in {@code Stasis(app,inbound,${EXTEN})})
 * @param strategy how the next agent is chosen
 * @param ringTimeout how long one offer rings an agent
 * @param retryDelay pause before offering the same caller again after every candidate failed
 * @param wrapUp after-call work time given to the agent (zero = none)
 * @param maxWait longest a caller waits before the overflow target (empty = unlimited)
 * @param maxLength most callers waiting; the next one goes to overflow (empty = unlimited)
 * @param overflow where callers go on max wait / max length / no agents
 * @param joinWhenNoAgents a caller may join when no agent is logged in to the queue
 * @param leaveWhenNoAgents waiting callers leave (to overflow) when the last agent logs out
 * @param mohClass music-on-hold class for waiting callers
 * @param announceInterval how often position / estimated wait is announced (zero = never)
 * @param serviceLevel threshold for "answered within" in service-level figures
 * @param slFormula which SL variant this queue reports
 * @param shortAbandon abandons shorter than this may be excluded by the SL variant / abandon rate
 * @param requiredSkills skill name → minimum level an agent needs for this queue's calls
 * @param skillRelaxAfter after this wait the skill requirement is dropped (empty = never relaxed)
 * @param didPriority DID → caller priority (higher first); callers whose DID is absent get 0
 * @param priorityVariable channel variable holding a caller priority, overriding the DID's (empty = unused)
 * @param autoPauseAfterMisses pause an agent after this many consecutive missed offers (0 = never)
 * @param whisper media played to the agent (only) before being connected (empty = none), e.g. "sound:queue-sales"
 * @param hours business hours; empty = always open
 * @param afterHours where callers go outside business hours
 */
public record QueueConfig(String name, List<String> dids, Strategy strategy, Duration ringTimeout,
        Duration retryDelay, Duration wrapUp, Optional<Duration> maxWait, Optional<Integer> maxLength,
        Target overflow, boolean joinWhenNoAgents, boolean leaveWhenNoAgents, String mohClass,
        Duration announceInterval, Duration serviceLevel, SlFormula slFormula, Duration shortAbandon,
        Map<String, Integer> requiredSkills, Optional<Duration> skillRelaxAfter, Map<String, Integer> didPriority,
        Optional<String> priorityVariable, int autoPauseAfterMisses, Optional<String> whisper,
        Optional<BusinessHours> hours, Target afterHours) {
}

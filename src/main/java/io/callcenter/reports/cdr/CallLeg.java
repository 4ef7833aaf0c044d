package io.callcenter.reports.cdr;

import java.time.Instant;
import java.util.Optional;

/**
 * One channel of a call: the caller's, each agent phone rung, an overflow endpoint, a consulted party.
 *
 * @param role caller, agent, overflow, consult
 * @param channelId the channel id
 * @param agent the agent whose phone it is (agent legs)
 * @param name channel name from the history (e.g. PJSIP/1001-00000012), when known
 * @param number caller id / connected number from the history, when known
 * @param created when the channel was created (or offered)
 * @param answered when it was answered, if it was
 * @param destroyed when it went away
 * @param result offer result for agent legs: answered, no_answer, busy, unavailable, failed, cancelled
 * @param cause Q.850 hangup cause
 */
public record CallLeg(String role, String channelId, Optional<String> agent, Optional<String> name,
        Optional<String> number, Optional<Instant> created, Optional<Instant> answered, Optional<Instant> destroyed,
        Optional<String> result, Optional<Integer> cause) {
}

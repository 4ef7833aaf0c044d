package io.callcenter.acd.config;

import java.util.List;
import java.util.Map;

/**
 * One agent's ACD configuration.
 *
 * @param username the user account (role agent) this agent logs in as
 * @param endpoint the phone the ACD rings, e.g. {@code PJSIP/1001} (the extension is its resource part)
 * @param memberships queues this agent can take calls of, in the agent's own order (the order within a queue is
 *        {@link AcdDirectory#members(String)})
 * @param skills skill name → level (higher is better)
 */
public record AgentConfig(String username, String endpoint, List<Membership> memberships, Map<String, Integer> skills) {

    /** Membership in one queue; lower penalty is offered first. */
    public record Membership(String queue, int penalty) {
    }
}

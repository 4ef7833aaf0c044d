package io.callcenter.acd.admin;

import java.util.List;
import java.util.Map;

/**
 * An agent as the admin API shows it: the account's name, endpoint and enabled flag plus its ACD data.
 *
 * @param memberships queues in the agent's order (the linear strategy's order); lower penalty is offered first
 * @param skills skill → level (higher is better)
 */
public record AgentDto(String username, String displayName, String endpoint, boolean enabled,
        List<MembershipDto> memberships, Map<String, Integer> skills) {

    /** One queue membership. */
    public record MembershipDto(String queue, Integer penalty) {
    }
}

package io.callcenter.acd.admin;

/**
 * One member of a queue as {@code /api/admin/acd/queues/{name}/members} lists it.
 *
 * @param username the agent
 * @param penalty its penalty in this queue (lower tiers are offered first)
 * @param position its place in the queue's order, 1 = first (linear and round-robin go through the members in it)
 */
public record QueueMemberDto(String username, int penalty, int position) {
}

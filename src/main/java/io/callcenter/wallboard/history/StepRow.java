package io.callcenter.wallboard.history;

import io.callcenter.acd.config.SlRules;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@code acd_call_step} row with what its {@code acd_call} row says about the caller.
 *
 * @param id the row id (tailing order)
 * @param callKey {@code <asterisk id>:<call id>}, as the agents' call ids
 * @param at when it happened
 * @param kind enqueue, offer, offer_result, answer, abandon, overflow, transfer, hold, unhold, hangup, ...
 * @param queue the queue at that step
 * @param agent the agent, for offer / answer steps
 * @param detail the kind-specific detail (e.g. "max_wait -> queue:b", "queue b", "blind:agent:x")
 * @param did the DID dialled (null when unknown)
 * @param callerNumber caller id number (null when unknown)
 * @param callerName caller id name (null when unknown)
 * @param priority the caller's priority
 * @param rules on a step opening a stay (enqueue, move to another queue): the queue's rules recorded then (V95)
 */
public record StepRow(long id, String callKey, Instant at, String kind, String queue, String agent, String detail,
        String did, String callerNumber, String callerName, int priority, Optional<SlRules> rules) {

    public StepRow {
        rules = rules == null ? Optional.empty() : rules;
    }
}

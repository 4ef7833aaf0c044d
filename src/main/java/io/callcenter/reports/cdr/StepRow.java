package io.callcenter.reports.cdr;

import io.callcenter.acd.config.SlRules;
import java.time.Instant;
import java.util.Optional;

/**
 * One row of {@code acd_call_step} as the projector reads it.
 *
 * @param rules on a step opening a stay (enqueue, move to another queue): the queue's rules recorded then (V95)
 */
public record StepRow(long id, Instant at, String kind, String queue, String agent, String channelId, String detail,
        Integer cause, Optional<SlRules> rules) {

    public StepRow {
        rules = rules == null ? Optional.empty() : rules;
    }

    /** A step without recorded rules. */
    public StepRow(long id, Instant at, String kind, String queue, String agent, String channelId, String detail,
            Integer cause) {
        this(id, at, kind, queue, agent, channelId, detail, cause, Optional.empty());
    }
}

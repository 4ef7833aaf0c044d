package io.callcenter.reports.cdr;

import java.time.Instant;

/** One row of {@code acd_call_step} as the projector reads it. */
public record StepRow(long id, Instant at, String kind, String queue, String agent, String channelId, String detail,
        Integer cause) {
}

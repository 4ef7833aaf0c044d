package io.callcenter.wallboard.fold;

import io.callcenter.metrics.CallOutcome;

/** The metric outcome of an ACD {@code overflow} step, from its detail {@code "<reason> -> <target>"}. */
final class Outcomes {

    private Outcomes() {
    }

    /** max_wait → TIMEOUT; after_hours → AFTER_HOURS (never offered); max length, no agents, ... → OVERFLOW. */
    static CallOutcome ofOverflow(String detail) {
        String reason = detail == null ? "" : detail.split(" -> ", 2)[0].strip();
        return switch (reason) {
            case "max_wait" -> CallOutcome.TIMEOUT;
            case "after_hours" -> CallOutcome.AFTER_HOURS;
            default -> CallOutcome.OVERFLOW;
        };
    }
}

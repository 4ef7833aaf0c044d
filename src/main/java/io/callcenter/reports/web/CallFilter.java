package io.callcenter.reports.web;

import io.callcenter.metrics.CallOutcome;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Call-search filters beyond period, queues and agents.
 *
 * @param number part of the caller's number or the DID (digits, {@code +}, {@code *}, {@code #})
 * @param outcomes wanted outcomes, empty = any
 * @param minDuration shortest total duration (enqueue to end) wanted
 * @param maxDuration longest total duration wanted
 */
public record CallFilter(Optional<String> number, Set<CallOutcome> outcomes, Optional<Duration> minDuration,
        Optional<Duration> maxDuration) {

    public static final CallFilter NONE = new CallFilter(Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
}

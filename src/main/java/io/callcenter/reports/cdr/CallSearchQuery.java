package io.callcenter.reports.cdr;

import io.callcenter.metrics.CallOutcome;
import io.callcenter.security.problem.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Call search: calls enqueued in {@code [from, to)}, newest first, filtered; paginated by a keyset cursor
 * ({@code after}, from the previous page's {@link CallPage#next()}) or by offset.
 *
 * @param from first enqueue instant included
 * @param to first enqueue instant excluded
 * @param queues calls that visited any of these queues; empty = any (the caller restricts a supervisor to its queues)
 * @param agent calls answered by this agent
 * @param number calls from this caller number or to this DID (exact, or a prefix when it ends with '*')
 * @param outcomes calls whose outcome is one of these; empty = any
 * @param minDuration calls lasting at least this long (enqueue to end)
 * @param maxDuration calls lasting at most this long
 * @param limit page size, 1..1000
 * @param after keyset cursor: continue after this call
 * @param offset rows to skip (only without a cursor)
 */
public record CallSearchQuery(Instant from, Instant to, Set<String> queues, Optional<String> agent,
        Optional<String> number, Set<CallOutcome> outcomes, Optional<Duration> minDuration,
        Optional<Duration> maxDuration, int limit, Optional<CallCursor> after, int offset) {

    public static final int MAX_LIMIT = 1000;

    public CallSearchQuery {
        if (from == null || to == null || !to.isAfter(from)) {
            throw bad("the search needs a range whose end is after its start");
        }
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        outcomes = outcomes == null ? Set.of() : Set.copyOf(outcomes);
        agent = agent == null ? Optional.empty() : agent.filter(a -> !a.isBlank());
        number = number == null ? Optional.empty() : number.map(String::strip).filter(n -> !n.isEmpty());
        minDuration = minDuration == null ? Optional.empty() : minDuration;
        maxDuration = maxDuration == null ? Optional.empty() : maxDuration;
        after = after == null ? Optional.empty() : after;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw bad("the page size is between 1 and " + MAX_LIMIT);
        }
        if (offset < 0 || after.isPresent() && offset > 0) {
            throw bad("offset is not negative and is not combined with a cursor");
        }
        if (minDuration.isPresent() && maxDuration.isPresent() && minDuration.get().compareTo(maxDuration.get()) > 0) {
            throw bad("the minimum duration is above the maximum");
        }
    }

    /** The first page of calls in a range, 50 a page, without filters. */
    public static CallSearchQuery range(Instant from, Instant to) {
        return new CallSearchQuery(from, to, Set.of(), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty(), 50, Optional.empty(), 0);
    }

    /** The same search, next page after this cursor. */
    public CallSearchQuery after(CallCursor cursor) {
        return new CallSearchQuery(from, to, queues, agent, number, outcomes, minDuration, maxDuration, limit,
                Optional.of(cursor), 0);
    }

    static ProblemException bad(String detail) {
        return ProblemException.badRequest("call-search", "Invalid call search", detail);
    }
}

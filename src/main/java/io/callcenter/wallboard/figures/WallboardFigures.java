package io.callcenter.wallboard.figures;

import java.time.Instant;
import java.util.Set;

/**
 * The wallboard's metric engine. Live and time travel are the same computation over the same kind of rows
 * ({@code acd_call_step} with its {@code acd_call}, {@code acd_agent_state}, {@code wallboard_agent_queues}): live
 * keeps the recent rows in memory, tailing PostgreSQL as the ACD writes them; a past instant loads that period's rows
 * up to the instant from PostgreSQL. After a restart the live rows are loaded again, so the counters are the same.
 *
 * <p>Units: every duration is in whole milliseconds, every instant in epoch milliseconds (or {@link Instant}). A
 * metric without a value (a division by zero) is empty, never 0 or NaN. Queue names that are not configured are
 * ignored; an empty set means every configured queue.
 */
public interface WallboardFigures {

    /** The figures now, from the in-memory rows. */
    Snapshot live(Set<String> queues, Period period);

    /** The figures as they were at {@code at} (any past instant; now gives the live figures), for playback too. */
    Snapshot at(Instant at, Set<String> queues, Period period);

    /** Sparkline series of the period containing {@code at}, in 15-minute buckets, up to {@code at}. */
    Trend trend(Instant at, Set<String> queues, Period period);
}

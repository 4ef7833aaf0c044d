package io.callcenter.reports.rollup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rollup row's key: a queue or agent name and either a quarter hour or a business day.
 *
 * @param name queue or agent
 * @param quarter start of the quarter hour (null for day rows)
 * @param day business day (null for quarter rows)
 */
record RollupKey(String name, Instant quarter, LocalDate day) {
}

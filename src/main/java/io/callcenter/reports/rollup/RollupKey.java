package io.callcenter.reports.rollup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A rollup row's key: a queue or agent name and a quarter hour, an hour or a business day.
 *
 * @param grain which table
 * @param name queue or agent
 * @param at start of the quarter hour or hour (null for day rows)
 * @param day business day (null for quarter and hour rows)
 */
record RollupKey(Grain grain, String name, Instant at, LocalDate day) {
}

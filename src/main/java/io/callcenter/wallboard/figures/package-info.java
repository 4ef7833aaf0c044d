/**
 * The wallboard's metric engine (no web layer): {@link io.callcenter.wallboard.figures.WallboardFigures} gives per-queue
 * and overall tiles, agent rows, the waiting-caller list and sparkline trends at any instant, and fires
 * {@link io.callcenter.wallboard.figures.WallboardChanged} when the live figures change.
 *
 * <h2>One fold, live and past</h2>
 * Every figure is computed by one pure function from history rows (the ACD's call steps and agent state changes),
 * evaluated at an instant: rows after the instant are ignored. Live evaluation uses rows tailed from PostgreSQL into
 * memory; a past instant loads the rows of its period from PostgreSQL; a restarted backend loads them again. So the
 * live board, time travel, playback and a restart agree by construction, and every metric definition comes from
 * {@link io.callcenter.metrics}.
 *
 * <h2>Units and empty values</h2>
 * Durations in milliseconds, instants in epoch milliseconds; a division by zero is an empty value.
 */
package io.callcenter.wallboard.figures;

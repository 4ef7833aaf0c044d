/**
 * The wallboard's metric engine (no web layer): {@link io.callcenter.wallboard.figures.WallboardFigures} gives per-queue
 * and overall tiles, agent rows, the waiting-caller list and sparkline trends at any instant, and fires
 * {@link io.callcenter.wallboard.figures.WallboardChanged} when the live figures change. Implemented by
 * {@code io.callcenter.wallboard.engine.WallboardEngine}; every definition comes from {@link io.callcenter.metrics}.
 *
 * <h2>One fold, live and past</h2>
 * The input is the ACD's history rows: {@code acd_call_step} (with the caller details of its {@code acd_call} row),
 * {@code acd_agent_state}, and {@code wallboard_agent_queues} (V60: the queues each agent was logged in to, written by
 * {@code wallboard.history.AgentQueuesRecorder}). {@code wallboard.fold.Ledger} folds rows into calls (their stays in
 * queues, as {@link io.callcenter.metrics.QueueStay}) and agents; {@code SnapshotFold} / {@code TrendFold} evaluate a
 * ledger at an instant, ignoring everything after it.
 * <ul>
 * <li>Live: {@code LiveLedger} loads the rows since the business day's start (or 24 h back, whichever is earlier)
 * on first use, then tails the three tables by id every 200 ms on its own thread (never on the ACD actor or the ARI
 * dispatch thread), and reloads when a new business day starts.</li>
 * <li>Restart: the same load, so the counters are what they were before.</li>
 * <li>Time travel / playback: the rows of the period containing the instant are loaded from PostgreSQL (kept for a
 * few periods, so advancing instants do not reload) and the same fold runs at the instant.</li>
 * </ul>
 * A call is classified with the SL threshold and short-abandon cut recorded on its stay when it entered the queue
 * ({@link io.callcenter.acd.config.SlRules}, V95), so a later change of the queue does not rewrite the past; a tile's
 * caption and SL variant are those of the latest call counted by the instant ({@code fold.TileRules}); stays recorded
 * before V95 use the queue's current configuration.
 *
 * <h2>Units and empty values</h2>
 * Durations in milliseconds, instants in epoch milliseconds; a division by zero is an empty value
 * ({@link io.callcenter.metrics.Ratio} with denominator 0, empty {@link io.callcenter.metrics.Average},
 * empty {@code OptionalLong}), never 0 or NaN.
 */
package io.callcenter.wallboard.figures;

/**
 * Rollups per queue (summed {@link io.callcenter.metrics.CallCounts} plus abandon positions) and per agent (summed
 * {@link io.callcenter.metrics.AgentTime} plus the agent's calls) at three grains: quarter hour, UTC hour (V90) and
 * business day, maintained incrementally by the projector (a batch is summed per quarter hour, its hour and day rows
 * are the sums of those quarters) and rebuildable from the history
 * ({@link io.callcenter.reports.rollup.ReportProjection}). {@link io.callcenter.reports.rollup.RollupReader} reads
 * the coarsest grain whose rows each fall wholly in one report bucket and one business-hours decision (worked out
 * with {@link io.callcenter.reports.Buckets}, so every grain gives the same report), each row put in its bucket in
 * Java by its name's business-hours rule group and its key (a row the filter drops is skipped) and read as one packed
 * value (V100), summed in Java.
 */
package io.callcenter.reports.rollup;

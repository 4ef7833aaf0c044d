/**
 * Quarter-hour rollups per queue (summed {@link io.callcenter.metrics.CallCounts} plus abandon positions) and per agent
 * (summed {@link io.callcenter.metrics.AgentTime} plus the agent's calls), maintained incrementally by the projector
 * and rebuildable from the history ({@link io.callcenter.reports.rollup.ReportProjection}).
 */
package io.callcenter.reports.rollup;

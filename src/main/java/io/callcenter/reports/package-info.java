/**
 * Historical reports, data side: the call detail records ({@code reports.cdr}), the 15-minute rollups per queue and
 * per agent ({@code reports.rollup}) and the report queries on top of them ({@code reports.query}).
 *
 * <h2>Where the numbers come from</h2>
 * Everything is a projection of the persisted history ({@code acd_call}, {@code acd_call_step},
 * {@code acd_agent_state}; the ARI history tables for a call's legs and timeline): the projector
 * ({@code reports.cdr.CallProjector}) turns a changed call into its CDR and its stays per queue, and adds the calls'
 * {@link io.callcenter.metrics.Contributions} and the agents' {@link io.callcenter.metrics.AgentTime} to the
 * quarter-hour, hour and day rollups. Reports only read rollups (interval, agent, abandon reports) or the CDR table (call search);
 * they never scan raw events. Dropping the projection and rebuilding it from history gives the same reports.
 *
 * <h2>Time</h2>
 * The database keeps UTC; every period and bucket is cut in the centre's zone ({@link io.callcenter.centre.CentreConfig})
 * with the business day of {@link io.callcenter.metrics.BusinessDay}, so a report's day equals the wallboard's day.
 * Metric definitions are those of {@link io.callcenter.metrics} and nowhere else.
 */
package io.callcenter.reports;

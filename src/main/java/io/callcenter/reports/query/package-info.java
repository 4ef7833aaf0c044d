/**
 * Report queries over the rollups: {@link io.callcenter.reports.query.QueueReports queue interval},
 * {@link io.callcenter.reports.query.AgentReports agent performance} and
 * {@link io.callcenter.reports.query.AbandonReports abandon analysis}. Query records validate themselves and refuse
 * bad input with a 400 {@link io.callcenter.security.problem.ProblemException}.
 */
package io.callcenter.reports.query;

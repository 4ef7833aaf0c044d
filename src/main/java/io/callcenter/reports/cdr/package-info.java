/**
 * Call detail records: one {@link io.callcenter.reports.cdr.CallRecord} per ACD call with its stays per queue,
 * projected from {@code acd_call} / {@code acd_call_step} / {@code acd_agent_state} and searchable through
 * {@link io.callcenter.reports.cdr.CallSearch}; the detail adds the call's legs and its timeline from the ACD steps
 * and the ARI event log.
 */
package io.callcenter.reports.cdr;

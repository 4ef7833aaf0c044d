package io.callcenter.reports.query;

/** Agent performance from the 15-minute agent rollups. */
public interface AgentReports {

    /** Logged-in, ready, talk, hold, wrap-up, pause by reason, calls handled and missed, AHT, occupancy. */
    AgentPerformanceReport performance(AgentReportQuery query);
}

package io.callcenter.reports.query;

/** Abandon analysis (wait and queue position at abandon, by interval) from the queue rollups. */
public interface AbandonReports {

    AbandonReport analysis(QueueReportQuery query);
}

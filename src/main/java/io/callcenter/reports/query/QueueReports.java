package io.callcenter.reports.query;

/** Queue interval reports from the 15-minute queue rollups. */
public interface QueueReports {

    /** Offered, answered, abandoned, SL, ASA, AHT, max wait and answered-within per queue and bucket. */
    QueueIntervalReport intervalReport(QueueReportQuery query);
}

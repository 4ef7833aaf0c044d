package io.callcenter.reports.rollup;

/** Keeps the CDR table and the rollups up to date with the history, and rebuilds them from it. */
public interface ReportProjection {

    /** Projects every change recorded so far (the scheduler does this every few seconds); returns calls projected. */
    int catchUp();

    /** Drops the CDRs and rollups and builds them again from the whole history; returns calls projected. */
    long rebuild();
}

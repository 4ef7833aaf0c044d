package io.callcenter.reports.rollup;

import java.util.List;

/**
 * One family of rollup tables as a report reads it.
 *
 * @param prefix table name without the grain suffix, e.g. {@code report_queue}
 * @param nameColumn the queue or agent column
 * @param columns value columns, in order
 * @param maxima columns that keep the larger value instead of adding up
 * @param pause whether rows are per pause reason (then one value column, {@code ms})
 */
record RollupTable(String prefix, String nameColumn, List<String> columns, List<String> maxima, boolean pause) {

    static final RollupTable QUEUE = new RollupTable("report_queue", "queue", QueueColumns.NAMES,
            QueueColumns.MAXIMA, false);
    /** The queue rollups without the abandon positions (the interval report): fewer values summed and built. */
    static final RollupTable QUEUE_COUNTS = new RollupTable("report_queue", "queue",
            QueueColumns.NAMES.subList(0, QueueColumns.COUNTS), QueueColumns.MAXIMA, false);
    static final RollupTable AGENT = new RollupTable("report_agent", "agent", AgentColumns.NAMES, List.of(), false);
    static final RollupTable PAUSE = new RollupTable("report_pause", "agent", List.of("ms"), List.of(), true);

    /** Which columns are maxima, by position. */
    boolean[] maximaFlags() {
        boolean[] m = new boolean[columns.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = maxima.contains(columns.get(i));
        }
        return m;
    }
}

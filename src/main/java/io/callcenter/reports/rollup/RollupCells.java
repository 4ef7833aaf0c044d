package io.callcenter.reports.rollup;

import io.callcenter.reports.Bucket;
import java.util.Map;

/**
 * A report's rollup cells: per name (sorted) and bucket (in time order), and each name's whole-period total.
 *
 * @param rows cells per name and bucket
 * @param totals the sum of each name's cells (names without any are absent)
 * @param <C> {@link QueueCell} or {@link AgentCell}
 */
public record RollupCells<C>(Map<String, Map<Bucket, C>> rows, Map<String, C> totals) {
}

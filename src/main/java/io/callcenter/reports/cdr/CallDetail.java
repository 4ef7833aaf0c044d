package io.callcenter.reports.cdr;

import java.util.List;

/**
 * Everything about one call for its detail page.
 *
 * @param record the CDR
 * @param stays its stays per queue
 * @param legs its channels
 * @param timeline ACD steps and ARI events of its channels, in time order
 */
public record CallDetail(CallRecord record, List<QueueStay> stays, List<CallLeg> legs, List<TimelineEntry> timeline) {
}

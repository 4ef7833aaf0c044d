package io.callcenter.reports.web.dto;

import io.callcenter.reports.Bucket;
import java.time.ZoneId;

/**
 * A row's time bucket.
 *
 * @param kind quarter-hour, hour, day, weekday, month or total
 * @param label e.g. "2026-11-27 08:15", "2026-11", "MONDAY", "total"
 * @param start first instant, in the centre's zone
 * @param end first instant after it
 */
public record BucketJson(String kind, String label, String start, String end) {

    public static BucketJson of(Bucket b, ZoneId zone) {
        return new BucketJson(Times.slug(b.kind()), b.label(),
                Times.local(b.start(), zone), Times.local(b.end(), zone));
    }
}

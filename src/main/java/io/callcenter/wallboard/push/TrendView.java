package io.callcenter.wallboard.push;

import io.callcenter.wallboard.figures.Trend;
import io.callcenter.wallboard.figures.TrendPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparkline series on the wire: per queue (and "*" for all together) one point per bucket, values in the units of
 * the tiles so a sparkline of metric m plots {@code point[m]}.
 *
 * @param bucketMs bucket length
 * @param series queue → points, oldest first
 */
public record TrendView(long bucketMs, Map<String, List<Point>> series) {

    /**
     * One bucket.
     *
     * @param t bucket start, epoch ms
     * @param offered calls offered in the bucket
     * @param answered answered of those
     * @param abandoned abandoned of those
     * @param serviceLevel percent, null without a value
     * @param waiting callers waiting at the bucket's end
     */
    public record Point(long t, long offered, long answered, long abandoned, Double serviceLevel, int waiting) {

        static Point of(TrendPoint p) {
            return new Point(p.startMs(), p.offered(), p.answered(), p.abandoned(), TileView.percent(p.serviceLevel()),
                    p.waitingAtEnd());
        }
    }

    static TrendView of(Trend trend) {
        Map<String, List<Point>> series = new LinkedHashMap<>();
        trend.byQueue().forEach((q, points) -> series.put(q, points.stream().map(Point::of).toList()));
        series.put("*", trend.overall().stream().map(Point::of).toList());
        return new TrendView(trend.bucket().toMillis(), series);
    }
}

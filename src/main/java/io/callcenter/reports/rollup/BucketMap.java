package io.callcenter.reports.rollup;

import io.callcenter.metrics.TimeWindow;
import io.callcenter.reports.Bucket;
import io.callcenter.reports.Buckets;
import io.callcenter.reports.ReportBucket;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which report bucket each rollup row of a period falls in, worked out in Java with {@link Buckets} (so the SQL
 * grouping gives exactly the buckets the quarter hours would) at the coarsest grain that serves the report exactly:
 * business days when the period is whole days and buckets are day-sized, else whole UTC hours when each hour's four
 * quarters land in the same bucket and the same filter decision, else quarter hours. Rows are per rule group
 * ({@link QuarterFilter}); without a filter there is one group, 0.
 *
 * @param grain the rollup table to read
 * @param groups rule group of each row
 * @param keys epoch second (quarter, hour) or epoch day (day) of each row
 * @param indexes bucket index of each row
 * @param buckets the buckets, by index
 * @param oneRowEach whether no two rows of a group share a bucket (e.g. hour buckets from the hour table): each
 *     rollup row is then a report row as it is, nothing to add up
 */
record BucketMap(Grain grain, List<Integer> groups, List<Long> keys, List<Integer> indexes, List<Bucket> buckets,
        boolean oneRowEach) {

    private static final long QUARTER_S = 900;

    /** The map at the coarsest grain, at most {@code coarsest}, that serves the report exactly. */
    static <G> BucketMap of(Buckets b, QuarterFilter<G> filter, List<G> rules, Grain coarsest) {
        if (coarsest == Grain.DAY && filter == null && b.wholeDays()) {
            return days(b);
        }
        BucketMap hours = coarsest == Grain.QUARTER ? null : hours(b, filter, rules);
        return hours != null ? hours : quarters(b, filter, rules);
    }

    private static BucketMap days(Buckets b) {
        Builder m = new Builder(Grain.DAY);
        for (LocalDate d = b.firstDay(); d.isBefore(b.endDay()); d = d.plusDays(1)) {
            m.add(0, d.toEpochDay(), b.ofDay(b.kind() == ReportBucket.MONTH ? d.withDayOfMonth(1) : d));
        }
        return m.build();
    }

    /** Null when some hour is not wholly in one bucket or one filter decision. */
    private static <G> BucketMap hours(Buckets b, QuarterFilter<G> filter, List<G> rules) {
        long start = b.period().start().getEpochSecond();
        long end = b.period().end().getEpochSecond();
        if (start % 3600 != 0 || end % 3600 != 0) {
            return null;
        }
        Builder m = new Builder(Grain.HOUR);
        int groupCount = filter == null ? 1 : rules.size();
        for (long h = start; h < end; h += 3600) {
            Object key = b.keyOfQuarter(Instant.ofEpochSecond(h));
            // a window key that spans the whole hour holds its other quarters too: no need to work theirs out
            boolean whole = key instanceof TimeWindow w && w.start().getEpochSecond() <= h
                    && w.end().getEpochSecond() >= h + 3600;
            for (long q = h + QUARTER_S; !whole && q < h + 3600; q += QUARTER_S) {
                if (!key.equals(b.keyOfQuarter(Instant.ofEpochSecond(q)))) {
                    return null;
                }
            }
            Bucket bucket = m.bucket(b, key, Instant.ofEpochSecond(h));
            for (int g = 0; g < groupCount; g++) {
                boolean keep = filter == null || filter.keep().test(rules.get(g), Instant.ofEpochSecond(h));
                for (long q = h + QUARTER_S; filter != null && q < h + 3600; q += QUARTER_S) {
                    if (keep != filter.keep().test(rules.get(g), Instant.ofEpochSecond(q))) {
                        return null;
                    }
                }
                if (keep) {
                    m.add(g, h, bucket);
                }
            }
        }
        return m.build();
    }

    private static <G> BucketMap quarters(Buckets b, QuarterFilter<G> filter, List<G> rules) {
        Builder m = new Builder(Grain.QUARTER);
        int groupCount = filter == null ? 1 : rules.size();
        for (long q = b.period().start().getEpochSecond(); q < b.period().end().getEpochSecond(); q += QUARTER_S) {
            Instant at = Instant.ofEpochSecond(q);
            Bucket bucket = m.bucket(b, b.keyOfQuarter(at), at);
            for (int g = 0; g < groupCount; g++) {
                if (filter == null || filter.keep().test(rules.get(g), at)) {
                    m.add(g, q, bucket);
                }
            }
        }
        return m.build();
    }

    /** Collects rows, numbering distinct buckets. */
    private static final class Builder {
        private final Grain grain;
        private final List<Integer> groups = new ArrayList<>();
        private final List<Long> keys = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();
        private final Map<Bucket, Integer> numbers = new HashMap<>();
        private final Map<Object, Bucket> byKey = new HashMap<>();
        private final List<Bucket> buckets = new ArrayList<>();
        private final java.util.Set<Long> used = new java.util.HashSet<>();
        private boolean oneRowEach = true;

        Builder(Grain grain) {
            this.grain = grain;
        }

        /** The bucket of the quarter hour at {@code at} whose {@link Buckets#keyOfQuarter} is {@code key}. */
        Bucket bucket(Buckets b, Object key, Instant at) {
            return byKey.computeIfAbsent(key, k -> b.ofQuarter(at));
        }

        void add(int group, long key, Bucket bucket) {
            Integer n = numbers.get(bucket);
            if (n == null) {
                n = buckets.size();
                numbers.put(bucket, n);
                buckets.add(bucket);
            }
            oneRowEach &= used.add((long) group << 32 | n);
            groups.add(group);
            keys.add(key);
            indexes.add(n);
        }

        BucketMap build() {
            return new BucketMap(grain, groups, keys, indexes, buckets, oneRowEach);
        }
    }
}

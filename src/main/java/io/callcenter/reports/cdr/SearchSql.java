package io.callcenter.reports.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL of a call search and its parameters. A number matches the caller number or the DID: two ordered reads of
 * their indexes (each stops after a page) merged, rather than one OR that would collect every match first.
 *
 * @param text the statement
 * @param params its parameters in order (String[] become text arrays)
 */
record SearchSql(String text, List<Object> params) {

    private static final String ORDER = " order by enqueued_at desc, asterisk_id desc, call_id desc";

    /** Up to this many calls in a duration range (whole table) are collected through the duration index. */
    static final int FEW = 5_000;

    /**
     * How many calls (up to {@link #FEW} + 1) lie in the query's duration range, whatever the other filters: read
     * from the duration index in order, so it stops early. Empty when the query has no duration range or a number.
     */
    static Optional<SearchSql> durationProbe(CallSearchQuery q) {
        if (q.number().isPresent() || q.minDuration().isEmpty() && q.maxDuration().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SearchSql("select count(*) from (select 1 from report_cdr where duration_ms >= ? and"
                + " duration_ms <= ? order by duration_ms limit " + (FEW + 1) + ") x", List.of(
                        q.minDuration().map(Duration::toMillis).orElse(0L),
                        q.maxDuration().map(Duration::toMillis).orElse(Long.MAX_VALUE))));
    }

    /**
     * The search; {@code fewByDuration}: the duration range holds few calls ({@link #durationProbe}), so they are
     * collected through the duration index first and sorted, instead of walking the period newest first hoping to
     * meet them (which reads the whole period when they are rare or absent).
     */
    static SearchSql of(CallSearchQuery q, int limit, boolean fewByDuration) {
        StringBuilder where = new StringBuilder("enqueued_at >= ? and enqueued_at < ?");
        List<Object> p = new ArrayList<>(List.of(Timestamp.from(q.from()), Timestamp.from(q.to())));
        filters(q, where, p);
        String page = (limit > 0 ? " limit " + limit : "") + (q.offset() > 0 ? " offset " + q.offset() : "");
        if (fewByDuration) {
            return new SearchSql("with m as materialized (select * from report_cdr where " + where + ") select * from m"
                    + ORDER + page, p);
        }
        if (q.number().isEmpty()) {
            return new SearchSql("select * from report_cdr where " + where + ORDER + page, p);
        }
        String n = q.number().get();
        boolean prefix = n.endsWith("*");
        String value = prefix ? n.substring(0, n.length() - 1).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%" : n;
        String op = prefix ? " like ?" : " = ?";
        String branchLimit = limit > 0 ? " limit " + (limit + q.offset()) : "";
        List<Object> all = new ArrayList<>(p);
        all.add(value);
        all.addAll(p);
        all.add(value);
        all.add(value);
        String sql = "select * from ((select * from report_cdr where " + where + " and caller_number collate \"C\""
                + op + ORDER + branchLimit + ") union all (select * from report_cdr where " + where
                + " and did collate \"C\"" + op + " and not coalesce(caller_number collate \"C\"" + op + ", false)"
                + ORDER + branchLimit + ")) u" + ORDER + page;
        return new SearchSql(sql, all);
    }

    /** Every condition but the number. */
    private static void filters(CallSearchQuery q, StringBuilder sql, List<Object> p) {
        if (!q.queues().isEmpty()) {
            sql.append(" and queues && ?");
            p.add(q.queues().toArray(String[]::new));
        }
        q.agent().ifPresent(a -> {
            sql.append(" and agent = ?");
            p.add(a);
        });
        if (!q.outcomes().isEmpty()) {
            sql.append(" and outcome = any(?)");
            p.add(q.outcomes().stream().map(CdrWriter::outcome).toArray(String[]::new));
        }
        q.minDuration().ifPresent(d -> {
            sql.append(" and duration_ms >= ?");
            p.add(d.toMillis());
        });
        q.maxDuration().ifPresent(d -> {
            sql.append(" and duration_ms <= ?");
            p.add(d.toMillis());
        });
        q.after().ifPresent(a -> {
            sql.append(" and (enqueued_at, asterisk_id, call_id) < (?, ?, ?)");
            p.add(Timestamp.from(a.enqueuedAt()));
            p.add(a.asteriskId());
            p.add(a.callId());
        });
    }

    void bind(Connection c, PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object v = params.get(i);
            if (v instanceof String[] a) {
                ps.setArray(i + 1, c.createArrayOf("text", a));
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }
}

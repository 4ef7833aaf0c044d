package io.callcenter.reports.cdr;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a call search and its parameters.
 *
 * @param text the statement
 * @param params its parameters in order (String[] become text arrays)
 */
record SearchSql(String text, List<Object> params) {

    static SearchSql of(CallSearchQuery q, int limit) {
        StringBuilder sql = new StringBuilder("select * from report_cdr where enqueued_at >= ? and enqueued_at < ?");
        List<Object> p = new ArrayList<>(List.of(Timestamp.from(q.from()), Timestamp.from(q.to())));
        if (!q.queues().isEmpty()) {
            sql.append(" and queues && ?");
            p.add(q.queues().toArray(String[]::new));
        }
        q.agent().ifPresent(a -> {
            sql.append(" and agent = ?");
            p.add(a);
        });
        q.number().ifPresent(n -> {
            if (n.endsWith("*")) {
                String like = n.substring(0, n.length() - 1).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                sql.append(" and (caller_number like ? or did like ?)");
                p.add(like);
                p.add(like);
            } else {
                sql.append(" and (caller_number = ? or did = ?)");
                p.add(n);
                p.add(n);
            }
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
        sql.append(" order by enqueued_at desc, asterisk_id desc, call_id desc");
        if (limit > 0) {
            sql.append(" limit ").append(limit);
        }
        if (q.offset() > 0) {
            sql.append(" offset ").append(q.offset());
        }
        return new SearchSql(sql.toString(), p);
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

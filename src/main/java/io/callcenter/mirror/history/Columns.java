package io.callcenter.mirror.history;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Binds one column of many rows as a single array parameter, so a whole batch is one {@code unnest(...)} statement
 * (one round trip, one plan) instead of a statement per row.
 */
final class Columns<R> {

    private final Connection conn;
    private final PreparedStatement ps;
    private final List<R> rows;
    private int index = 1;

    Columns(Connection conn, PreparedStatement ps, List<R> rows) {
        this.conn = conn;
        this.ps = ps;
        this.rows = rows;
    }

    Columns<R> text(Function<R, String> f) throws SQLException {
        return bind("text", f);
    }

    /** Timestamps travel as ISO text and are cast with {@code ?::timestamptz[]} in the SQL. */
    Columns<R> time(Function<R, Instant> f) throws SQLException {
        return bind("text", r -> {
            Instant t = f.apply(r);
            return t == null ? null : t.toString();
        });
    }

    Columns<R> int4(Function<R, Integer> f) throws SQLException {
        return bind("int4", f);
    }

    Columns<R> int8(Function<R, Long> f) throws SQLException {
        return bind("int8", f);
    }

    /** The first {@code rows.size()} values of an array that runs beside the rows. */
    Columns<R> int8s(long[] values) throws SQLException {
        Object[] boxed = new Object[rows.size()];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = values[i];
        }
        ps.setArray(index++, conn.createArrayOf("int8", boxed));
        return this;
    }

    Columns<R> uuid(Function<R, java.util.UUID> f) throws SQLException {
        return bind("uuid", f);
    }

    private Columns<R> bind(String type, Function<R, ?> f) throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = f.apply(rows.get(i));
        }
        Array array = conn.createArrayOf(type, values);
        ps.setArray(index++, array);
        return this;
    }
}

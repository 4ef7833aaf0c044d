package io.callcenter.reports.cdr;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.postgresql.PGStatement;

/** Call search over {@code report_cdr} (newest first, keyset or offset pages) and the call detail. */
@ApplicationScoped
public class CallSearchService implements CallSearch {

    private final AgroalDataSource dataSource;
    private final CallDetailReader details;

    CallSearchService(AgroalDataSource dataSource, CallDetailReader details) {
        this.dataSource = dataSource;
        this.details = details;
    }

    @Override
    public CallPage search(CallSearchQuery query) {
        List<CallRecord> calls = new ArrayList<>(query.limit() + 1);
        run(query, query.limit() + 1, calls::add);
        if (calls.size() <= query.limit()) {
            return new CallPage(calls, Optional.empty());
        }
        calls.remove(calls.size() - 1);
        CallRecord last = calls.get(calls.size() - 1);
        return new CallPage(calls, Optional.of(new CallCursor(last.enqueuedAt(), last.asteriskId(), last.callId())));
    }

    @Override
    public void forEach(CallSearchQuery query, Consumer<CallRecord> sink) {
        run(query, 0, sink);
    }

    @Override
    public Optional<CallDetail> detail(String asteriskId, String callId) {
        return details.read(asteriskId, callId);
    }

    private static boolean fewByDuration(Connection c, CallSearchQuery q) throws SQLException {
        Optional<SearchSql> probe = SearchSql.durationProbe(q);
        if (probe.isEmpty()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(probe.get().text())) {
            planEachTime(ps);
            probe.get().bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) <= SearchSql.FEW;
            }
        }
    }

    /**
     * Never a server-side prepared statement: after five runs of the same text PostgreSQL may keep a generic plan,
     * blind to the filter's values (a duration range went from 20 ms to over a second once the plan went generic).
     */
    private static void planEachTime(PreparedStatement ps) throws SQLException {
        ps.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    /** Streams the matches ({@code limit} 0 = all) from a server-side cursor. */
    private void run(CallSearchQuery q, int limit, Consumer<CallRecord> sink) {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            SearchSql sql = SearchSql.of(q, limit, fewByDuration(c, q));
            try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                planEachTime(ps);
                sql.bind(c, ps);
                ps.setFetchSize(limit > 0 ? limit : 1_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.accept(CdrRows.record(rs));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("call search: " + e.getMessage(), e);
        }
    }
}

package io.callcenter.reports.rollup;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Plain JDBC transactions for the projector (it works in batches of raw SQL, below JPA). */
final class Sql {

    /** Work inside one transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private Sql() {
    }

    /** Runs {@code work} in a transaction: committed if it returns, rolled back and rethrown unchecked if not. */
    static <T> T inTransaction(AgroalDataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("report projection: " + e.getMessage(), e);
        }
    }
}

package io.callcenter.reports.rollup;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Runs the two halves of a long report read: at the same time on two connections (a year of rows is bound by
 * PostgreSQL sending and the driver decoding them, one core each per connection), or one after the other on one.
 */
final class Halves {

    /** One half's read on a connection. */
    @FunctionalInterface
    interface Part {
        void run(Connection c) throws SQLException;
    }

    private static final ExecutorService OTHER = Executors.newFixedThreadPool(
            Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
                Thread t = new Thread(r, "report-read");
                t.setDaemon(true);
                return t;
            });

    private Halves() {
    }

    /** Both parts on {@code c}, in turn. */
    static void inTurn(Connection c, Part first, Part second) throws SQLException {
        first.run(c);
        second.run(c);
    }

    /** The second part on another pooled connection in the background while the first runs here. */
    static void together(DataSource ds, Part first, Part second) throws SQLException {
        Future<?> other = OTHER.submit(() -> {
            try (Connection c = ds.getConnection()) {
                second.run(c);
            }
            return null;
        });
        try {
            try (Connection c = ds.getConnection()) {
                first.run(c);
            }
            other.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("report read interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            throw new IllegalStateException("report read: " + e.getCause().getMessage(), e.getCause());
        } finally {
            other.cancel(true);
        }
    }
}

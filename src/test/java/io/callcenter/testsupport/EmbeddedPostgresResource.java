package io.callcenter.testsupport;

import io.callcenter.db.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One real PostgreSQL per test JVM, shared by every @QuarkusTest (each restart re-runs Flyway on it); in a throw-away
 * folder, or in {@code -Dbench.pgdata=DIR} (kept between runs, for benchmarks whose dataset takes long to generate).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    /** The shared database, started on first use. */
    public static synchronized EmbeddedDatabase database() {
        if (database == null) {
            String kept = System.getProperty("bench.pgdata");
            database = EmbeddedDatabase.start(kept == null || kept.isBlank() ? null : java.nio.file.Path.of(kept));
            Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "test-postgres-stop"));
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", database().jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // kept for the next Quarkus restart in this JVM; stopped by the shutdown hook
    }
}

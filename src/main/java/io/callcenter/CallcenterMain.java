package io.callcenter;

import io.callcenter.db.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Entry point: when no JDBC URL is configured, starts an embedded PostgreSQL (data kept in
 * {@code CALLCENTER_DB_DIR}, default {@code ~/.callcenter/pgdata}) before Quarkus reads its datasource config.
 */
@QuarkusMain
public final class CallcenterMain {

    private CallcenterMain() {
    }

    public static void main(String... args) {
        if (configuredJdbcUrl() == null) {
            String dir = System.getenv().getOrDefault("CALLCENTER_DB_DIR",
                    Path.of(System.getProperty("user.home"), ".callcenter", "pgdata").toString());
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(dir));
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
            System.setProperty("quarkus.datasource.username", "postgres");
            System.setProperty("quarkus.datasource.password", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }

    private static String configuredJdbcUrl() {
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse(null);
    }
}

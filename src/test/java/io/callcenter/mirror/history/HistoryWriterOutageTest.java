package io.callcenter.mirror.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.mirror.AriTrace;
import io.callcenter.mirror.Db;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A writer on its own real PostgreSQL, which is stopped and started again on the same data folder and port:
 * events wait in the buffer, health goes DOWN, overflow is counted, and everything buffered is written afterwards.
 */
class HistoryWriterOutageTest {

    private static final int CAPACITY = 50;

    @Test
    void eventsSurviveAPostgresOutage() throws Exception {
        Path dir = Files.createTempDirectory("history-outage");
        int port = freePort();
        EmbeddedPostgres pg = start(dir, port);
        PGSimpleDataSource ds = dataSource(port);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        HistoryWriter writer = new HistoryWriter("outage", ds, new Config());
        writer.start();
        try {
            List<ReceivedEvent> before = AriTrace.events("agent-no-answer", "callcenter", "s", "before");
            before.forEach(e -> writer.enqueue(e, "before"));
            await(() -> writer.pending() == 0);
            assertEquals(AriTrace.distinct(before), count(ds, "before"));
            assertEquals(0, Db.count(ds, """
                    SELECT count(*) FROM (SELECT sequence,
                                                 lag(sequence) OVER (PARTITION BY event_time ORDER BY id) AS prev
                                          FROM ari_event WHERE asterisk_id = ?) o WHERE sequence < prev""", "before"),
                    "two log connections, still arrival order within a millisecond");

            pg.close();
            List<ReceivedEvent> during = AriTrace.events("inbound-queue-abandoned", "callcenter", "s", "during");
            during.forEach(e -> writer.enqueue(e, "during"));
            await(() -> writer.health().failing());
            WriterHealth down = writer.health();
            assertFalse(down.up());
            assertEquals(during.size(), down.depth());
            assertTrue(down.depth() >= 0.8 * CAPACITY, "past the high-water mark");

            List<ReceivedEvent> overflow = AriTrace.events("device-states-user-events", "callcenter", "s", "overflow")
                    .subList(0, 15);
            overflow.forEach(e -> writer.enqueue(e, "overflow"));
            int fitted = CAPACITY - during.size();
            assertEquals(15 - fitted, writer.health().dropped());

            pg = start(dir, port);
            await(() -> writer.pending() == 0);
            assertTrue(writer.health().up());
            assertEquals(AriTrace.distinct(during), count(ds, "during"));
            assertEquals(AriTrace.distinct(overflow.subList(0, fitted)), count(ds, "overflow"));
            assertEquals(List.of(16, 127), Db.rows(ds, "SELECT cause FROM channel_history WHERE asterisk_id = ?"
                    + " ORDER BY created", "during").stream().map(r -> r.get("cause")).toList());
        } finally {
            writer.stop(5_000);
            pg.close();
        }
    }

    @Test
    void impossibleSettingsNameTheirKey() {
        HistoryConfig noRoom = new Config() {
            @Override
            public int bufferCapacity() {
                return 0;
            }
        };
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new HistoryWriter("bad", new PGSimpleDataSource(), noRoom));
        assertEquals("callcenter.history.buffer-capacity must be at least 1, was 0", e.getMessage());
    }

    private static long count(PGSimpleDataSource ds, String asteriskId) {
        return Db.count(ds, "SELECT count(*) FROM ari_event WHERE asterisk_id = ?", asteriskId);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(condition);
    }

    private static EmbeddedPostgres start(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off").start();
    }

    private static PGSimpleDataSource dataSource(int port) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL("jdbc:postgresql://localhost:" + port + "/postgres");
        ds.setUser("postgres");
        ds.setPassword("postgres");
        ds.setConnectTimeout(2);
        return ds;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Small buffer and quick retries, so the test reaches every state in seconds. */
    private static class Config implements HistoryConfig {
        public int bufferCapacity() {
            return CAPACITY;
        }

        public double highWaterMark() {
            return 0.8;
        }

        public int batchSize() {
            return 20;
        }

        /** Two, so the parallel event-log path goes through the outage too. */
        public int logConnections() {
            return 2;
        }

        public Duration flushInterval() {
            return Duration.ofMillis(5);
        }

        public Duration fullWait() {
            return Duration.ofSeconds(5);
        }

        public int partitionsAhead() {
            return 1;
        }

        public Duration retryInitial() {
            return Duration.ofMillis(50);
        }

        public Duration retryMax() {
            return Duration.ofMillis(300);
        }
    }
}

package io.callcenter.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A million-row export streams: PostgreSQL is still producing rows (each stamped with {@code clock_timestamp()} as
 * it is produced) after the first CSV bytes have left, so rows are never collected first; the sink keeps only a
 * line count, so nothing in the test holds the file either.
 */
@QuarkusTest
class CsvExportStreamingTest {

    private static final int ROWS = 1_000_000;

    @Inject
    DataSource dataSource;

    @Test
    void aMillionRowsStreamThroughACursorWhileTheDatabaseProducesThem() throws Exception {
        AtomicReference<OffsetDateTime> lastProducedAt = new AtomicReference<>();
        CountingSink sink = new CountingSink();
        CsvExport export = new CsvExport(dataSource, new CursorQuery(
                "select g, 'caller \"' || g || '\", inc.' as name, clock_timestamp() as at"
                        + " from generate_series(1, ?) g", List.of(ROWS)),
                List.of(CsvColumn.text("n", "g"), CsvColumn.text("name", "name"), new CsvColumn("produced", row -> {
                    lastProducedAt.set(row.getObject("at", OffsetDateTime.class));
                    return null;
                })), 1000);

        export.write(sink);

        assertEquals(ROWS + 1, sink.lines, "header + one line per row");
        assertNotNull(sink.firstByteAt);
        Instant lastRow = lastProducedAt.get().toInstant();
        assertTrue(lastRow.isAfter(sink.firstByteAt),
                "the last row was produced at " + lastRow + ", before the first byte left at " + sink.firstByteAt
                        + ": the rows were collected, not streamed");
    }

    /** Counts lines and notes when the first byte arrived; keeps nothing else. */
    private static final class CountingSink extends OutputStream {
        Instant firstByteAt;
        long bytes;
        int lines;

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // the header line alone goes out before the query runs: count from the first data bytes on
            if (firstByteAt == null && bytes + len > 64) {
                firstByteAt = Instant.now();
            }
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}

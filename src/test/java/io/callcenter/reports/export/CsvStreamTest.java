package io.callcenter.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The CSV writer streams: bytes leave while the source is still producing, and a gone client stops the source. */
class CsvStreamTest {

    private static final List<CsvColumn<Integer>> COLUMNS = List.of(CsvColumn.of("n", n -> n),
            CsvColumn.of("text", n -> n % 2 == 0 ? "even, \"quoted\"" : null));

    @Test
    void writesHeaderAndEscapedRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvStream<>(COLUMNS, sink -> List.of(1, 2).forEach(sink)).write(out);
        assertEquals("n,text\r\n1,\r\n2,\"even, \"\"quoted\"\"\"\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aMillionRowsLeaveWhileTheSourceIsStillProducing() throws IOException {
        AtomicInteger produced = new AtomicInteger();
        int[] producedWhenFirstBytesLeft = {-1};
        long[] lines = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                if (producedWhenFirstBytesLeft[0] < 0) {
                    producedWhenFirstBytesLeft[0] = produced.get();
                }
                for (int i = off; i < off + len; i++) {
                    lines[0] += b[i] == '\n' ? 1 : 0;
                }
            }
        };
        new CsvStream<>(COLUMNS, sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
        }).write(counting);
        assertEquals(1_000_001, lines[0]);
        assertTrue(producedWhenFirstBytesLeft[0] < 10_000, "first bytes left after " + producedWhenFirstBytesLeft[0] + " rows");
    }

    @Test
    void aClientThatGoesAwayStopsTheSource() {
        AtomicInteger produced = new AtomicInteger();
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        };
        assertThrows(IOException.class, () -> new CsvStream<>(COLUMNS, sink -> {
            for (int i = 0; i < 1_000_000; i++) {
                produced.incrementAndGet();
                sink.accept(i);
            }
        }).write(broken));
        assertTrue(produced.get() < 10_000, "the source went on for " + produced.get() + " rows");
    }
}

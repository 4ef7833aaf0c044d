package io.callcenter.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** RFC 4180 escaping and file names. */
class CsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain", Csv.field("plain"));
        assertEquals("+33123456789", Csv.field("+33123456789"));
        assertEquals("", Csv.field(null));
        assertEquals("\"a,b\"", Csv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("\"two\r\nlines\"", Csv.field("two\r\nlines"));
        assertEquals("\"line\nfeed\"", Csv.field("line\nfeed"));
        assertEquals("\" padded \"", Csv.field(" padded "));
        assertEquals("Zoë ünïcode", Csv.field("Zoë ünïcode"));
    }

    @Test
    void rowsEndWithCrLfAndNullIsEmpty() throws IOException {
        StringWriter out = new StringWriter();
        Csv.writeRow(out, Arrays.asList("a", null, "b,c", ""));
        assertEquals("a,,\"b,c\",\r\n", out.toString());
    }

    @Test
    void fileNamesAreHeaderSafe() {
        assertEquals("calls_2026-11-01..2026-11-27.csv", Csv.fileName("calls", "2026-11-01..2026-11-27"));
        assertEquals("calls_2026-11-27T08_30..x_y.csv", Csv.fileName("calls", "2026-11-27T08:30..x\"y"));
    }
}

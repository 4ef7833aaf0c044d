package io.callcenter.mirror;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Row assertions for history tables with short expected values. */
final class AssertRows {

    private AssertRows() {
    }

    /** Compares a row's values in column order; "HH:mm:ss.SSS" strings stand for that time on 2026-11-26 UTC. */
    static void assertRow(Map<String, Object> row, Object... expected) {
        List<Object> actual = new ArrayList<>(row.values()).stream().map(v -> v == null ? "<null>" : v).toList();
        List<Object> want = Arrays.stream(expected).map(AssertRows::expand).toList();
        assertEquals(want, actual, row.toString());
    }

    /** "HH:mm:ss.SSS" → that instant on the traces' day (2026-11-26 UTC); null → a visible marker; ints as-is. */
    static Object expand(Object v) {
        if (v == null) {
            return "<null>";
        }
        if (v instanceof String s && s.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d\\d\\d")) {
            return Instant.parse("2026-11-26T" + s + "Z");
        }
        return v;
    }
}

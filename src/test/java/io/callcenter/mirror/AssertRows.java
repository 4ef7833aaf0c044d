package io.callcenter.mirror;

import java.time.Instant;

/** Expected-value shorthands for history rows. */
final class AssertRows {

    private AssertRows() {
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

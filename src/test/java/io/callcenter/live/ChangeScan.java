package io.callcenter.live;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds where one change of a {@code deltas} frame ends, eight bytes a step (JDK only): the load clients scan
 * every byte the server sends them, ~150 MB a second, so a byte-by-byte loop is a real part of the load tool's CPU.
 */
final class ChangeScan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long BRACES = 0x7B7B7B7B7B7B7B7BL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    /** What separates two changes: every change starts with its {@code kind} (Jackson's type id). */
    private static final byte[] NEXT = "},{\"kind\":\"".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private ChangeScan() {
    }

    /**
     * The end of the change starting at {@code from}: the comma before the next {@code {"kind":"} (a quote inside a
     * JSON string is escaped, so that cannot occur inside a change), else {@code close}.
     */
    static int next(byte[] s, int from, int close) {
        int i = from + 1;
        for (; i + 8 <= close; i += 8) {
            long x = (long) LONGS.get(s, i) ^ BRACES;
            // a byte of x is zero where s has '{'; the lowest flag is exact, the others are checked below
            for (long found = (x - ONES) & ~x & HIGHS; found != 0; found &= found - 1) {
                int at = i + (Long.numberOfTrailingZeros(found) >>> 3);
                if (boundary(s, at, close)) {
                    return at - 1;
                }
            }
        }
        for (; i < close; i++) {
            if (boundary(s, i, close)) {
                return i - 1;
            }
        }
        return close;
    }

    private static boolean boundary(byte[] s, int brace, int close) {
        if (s[brace] != '{' || s[brace - 1] != ',' || brace - 2 + NEXT.length > close) {
            return false;
        }
        for (int k = 0; k < NEXT.length; k++) {
            if (s[brace - 2 + k] != NEXT[k]) {
                return false;
            }
        }
        return true;
    }
}

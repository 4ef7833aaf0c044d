package io.callcenter.mirror.history;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's binary {@code COPY} format and streams them in chunks: no text escaping on our side,
 * no number/date/uuid parsing on the server's (jsonb still travels as text, as its binary form is version + text).
 */
final class BinaryCopy {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final int CHUNK = 1 << 16;
    /** 2000-01-01T00:00:00Z, PostgreSQL's timestamp origin, in seconds since the Unix epoch. */
    private static final long PG_EPOCH_SECONDS = 946_684_800L;
    private static final byte JSONB_VERSION = 1;

    private final CopyIn copy;
    private byte[] buf = new byte[CHUNK * 2];
    private int len;

    BinaryCopy(CopyIn copy) {
        this.copy = copy;
        put(HEADER, 0, HEADER.length);
    }

    BinaryCopy row(int fields) throws SQLException {
        flushIfFull();
        return int16(fields);
    }

    BinaryCopy text(String s) {
        return s == null ? nul() : bytes(s.getBytes(StandardCharsets.UTF_8), false);
    }

    BinaryCopy jsonb(String json) {
        return bytes(json.getBytes(StandardCharsets.UTF_8), true);
    }

    /** timestamptz: microseconds since 2000-01-01 UTC, rounded like PostgreSQL's own text input. */
    BinaryCopy time(Instant t) {
        if (t == null) {
            return nul();
        }
        return int32(8).int64((t.getEpochSecond() - PG_EPOCH_SECONDS) * 1_000_000L + (t.getNano() + 500) / 1000);
    }

    BinaryCopy uuid(UUID u) {
        return u == null ? nul() : int32(16).int64(u.getMostSignificantBits()).int64(u.getLeastSignificantBits());
    }

    BinaryCopy int8(long v) {
        return int32(8).int64(v);
    }

    /** Sends the trailer and ends the COPY; returns the number of rows the server took. */
    long finish() throws SQLException {
        int16(-1);
        copy.writeToCopy(buf, 0, len);
        len = 0;
        return copy.endCopy();
    }

    private BinaryCopy bytes(byte[] b, boolean jsonb) {
        int32(b.length + (jsonb ? 1 : 0));
        if (jsonb) {
            put(new byte[] {JSONB_VERSION}, 0, 1);
        }
        put(b, 0, b.length);
        return this;
    }

    private BinaryCopy nul() {
        return int32(-1);
    }

    private BinaryCopy int16(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    private BinaryCopy int32(int v) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >>> shift);
        }
        return this;
    }

    private BinaryCopy int64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[len++] = (byte) (v >>> shift);
        }
        return this;
    }

    private void put(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
    }

    private void ensure(int n) {
        if (len + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }
    }

    private void flushIfFull() throws SQLException {
        if (len >= CHUNK) {
            copy.writeToCopy(buf, 0, len);
            len = 0;
        }
    }
}

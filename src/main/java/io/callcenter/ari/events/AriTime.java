package io.callcenter.ari.events;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses ARI timestamps, whose offset has no colon ({@code +0000}), which ISO parsers reject. */
public final class AriTime {

    private static final DateTimeFormatter ARI = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    /** {@code 2026-11-26T18:37:46.463+0000}: the only shape Asterisk sends. */
    private static final String SHAPE = "dddd-dd-ddTdd:dd:dd.ddd+dddd";

    private AriTime() {
    }

    /** The instant of an ARI timestamp, or null when absent or unparseable (bad input must not stop ingest). */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant fast = parseAsteriskShape(text);
        if (fast != null) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, ARI).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /**
     * Every event carries timestamps and the formatter's general parser was a hot spot of ingest: Asterisk's one
     * shape is read by hand (same result); anything else, or an out-of-range field, is left to the formatter.
     */
    private static Instant parseAsteriskShape(String t) {
        if (t.length() != SHAPE.length()) {
            return null;
        }
        for (int i = 0; i < SHAPE.length(); i++) {
            char want = SHAPE.charAt(i);
            char c = t.charAt(i);
            boolean ok = want == 'd' ? c >= '0' && c <= '9' : want == '+' ? c == '+' || c == '-' : c == want;
            if (!ok) {
                return null;
            }
        }
        int hour = num(t, 11, 2);
        int minute = num(t, 14, 2);
        int second = num(t, 17, 2);
        int offHours = num(t, 24, 2);
        int offMinutes = num(t, 26, 2);
        if (hour > 23 || minute > 59 || second > 59 || offHours > 18 || offMinutes > 59) {
            return null;
        }
        long day;
        try {
            day = LocalDate.of(num(t, 0, 4), num(t, 5, 2), num(t, 8, 2)).toEpochDay();
        } catch (DateTimeException e) {
            return null;
        }
        long offset = (offHours * 3600L + offMinutes * 60L) * (t.charAt(23) == '-' ? -1 : 1);
        long seconds = day * 86_400 + hour * 3600L + minute * 60L + second - offset;
        return Instant.ofEpochSecond(seconds, num(t, 20, 3) * 1_000_000L);
    }

    private static int num(String t, int from, int digits) {
        int v = 0;
        for (int i = from; i < from + digits; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    /** Formats an instant the way Asterisk does (UTC, milliseconds, {@code +0000}); by hand for years 0-9999. */
    public static String format(Instant instant) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return ARI.format(instant.atOffset(ZoneOffset.UTC));
        }
        char[] c = "0000-00-00T00:00:00.000+0000".toCharArray();
        put(c, 0, 4, t.getYear());
        put(c, 5, 2, t.getMonthValue());
        put(c, 8, 2, t.getDayOfMonth());
        put(c, 11, 2, t.getHour());
        put(c, 14, 2, t.getMinute());
        put(c, 17, 2, t.getSecond());
        put(c, 20, 3, t.getNano() / 1_000_000);
        return new String(c);
    }

    private static void put(char[] c, int from, int digits, int value) {
        for (int i = from + digits - 1; i >= from; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}

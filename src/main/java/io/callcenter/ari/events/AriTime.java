package io.callcenter.ari.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Parses ARI timestamps, whose offset has no colon ({@code +0000}), which ISO parsers reject. */
public final class AriTime {

    private static final DateTimeFormatter ARI = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private AriTime() {
    }

    /** The instant of an ARI timestamp, or null when absent or unparseable (bad input must not stop ingest). */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
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

    /** Formats an instant the way Asterisk does (UTC, milliseconds, {@code +0000}). */
    public static String format(Instant instant) {
        return ARI.format(instant.atOffset(java.time.ZoneOffset.UTC));
    }
}

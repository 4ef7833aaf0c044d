package io.callcenter.reports.cdr;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Where a call-search page ended: the last call's enqueue instant and key; opaque to clients as {@link #token()}.
 *
 * @param enqueuedAt enqueue instant of the last call shown
 * @param asteriskId its Asterisk
 * @param callId its channel id
 */
public record CallCursor(Instant enqueuedAt, String asteriskId, String callId) {

    /** URL-safe token for the next-page link. */
    public String token() {
        String raw = enqueuedAt.toEpochMilli() + "\n" + asteriskId + "\n" + callId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Parses a {@link #token()}; a malformed token is a 400. */
    public static CallCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 3);
            return new CallCursor(Instant.ofEpochMilli(Long.parseLong(parts[0])), parts[1], parts[2]);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw CallSearchQuery.bad("malformed page cursor");
        }
    }
}

package io.callcenter.mirror.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.ari.events.AriEvent;
import io.callcenter.ari.events.AriTime;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;

/** One {@code ari_event} row, computed on the dispatch thread's side of the buffer (cheap: a hash and a few fields). */
record EventRow(Instant eventTime, Instant receivedAt, UUID dedupeKey, String asteriskId, String server,
        String application, String type, String channelId, String bridgeId, long sequence, String payload) {

    /** One digest per thread ({@code digest} resets it): looking the algorithm up per frame cost a provider search. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    });

    static EventRow of(ReceivedEvent e, String asteriskId, boolean quoted) {
        Instant at = e.message() instanceof AriEvent ev ? AriTime.parse(ev.timestamp()) : null;
        EventKeys keys = EventKeys.of(e.message());
        String app = e.message() instanceof AriEvent ev ? ev.application() : null;
        return new EventRow(at != null ? at : e.receivedAt(), e.receivedAt(), dedupeKey(asteriskId, e.rawJson()),
                asteriskId, e.server(), app, e.message().type(), keys.channelId(), keys.bridgeId(), e.sequence(),
                quoted ? quote(e.rawJson()) : jsonbSafe(e.rawJson()));
    }

    private static String quote(String raw) {
        try {
            return AriEventParser.mapper().writeValueAsString(jsonbSafe(raw));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a String always serialises", e);
        }
    }

    /** The same frame from the same Asterisk always gets the same key, so a replay is recognised. */
    static UUID dedupeKey(String asteriskId, String raw) {
        MessageDigest sha = SHA256.get();
        sha.update(asteriskId.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        ByteBuffer hash = ByteBuffer.wrap(sha.digest(raw.getBytes(StandardCharsets.UTF_8)));
        return new UUID(hash.getLong(), hash.getLong());
    }

    /** PostgreSQL's jsonb refuses the NUL character, which JSON allows; it is the only thing we change. */
    private static String jsonbSafe(String raw) {
        return raw.contains("\\u0000") ? raw.replace("\\u0000", "\\ufffd") : raw;
    }
}

package io.callcenter.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.callcenter.live.wire.ClientMessage;
import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerMessage;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** JSON of the live protocol: encodes server messages, decodes client messages into a message or a reason. */
@ApplicationScoped
public class WireCodec {

    static final String EXPECTED = "expected one of: resync, ping";

    private final ObjectMapper mapper;
    private final ObjectWriter messages;
    private final ObjectWriter deltas;

    WireCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.messages = mapper.writerFor(ServerMessage.class);
        this.deltas = mapper.writerFor(Delta.class);
    }

    public String encode(ServerMessage message) {
        try {
            return messages.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A delta's JSON, computed once and shared by every connection it goes to. */
    String encode(Delta delta) {
        try {
            return deltas.writeValueAsString(delta);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tail of a {@code deltas} frame after its per-connection head ({@link FrameSender#deltas}): the changes
     * and the closing brackets, UTF-8 encoded once for every connection that gets them. Together they are the
     * same text Jackson makes of a {@link ServerMessage.DeltaBatch}; one frame per flush instead of one per delta,
     * since each frame costs the server far more than its bytes.
     */
    static byte[] deltasBody(List<PendingDelta> batch) {
        return (joined(batch) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    /** The deltas' JSON joined by commas, each encoded at most once whatever the number of connections. */
    static String joined(List<PendingDelta> batch) {
        int size = 0;
        for (PendingDelta d : batch) {
            size += d.json().length() + 1;
        }
        StringBuilder b = new StringBuilder(size);
        for (int i = 0; i < batch.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(batch.get(i).json());
        }
        return b.toString();
    }

    /** What a client sent, or why it cannot be understood. */
    public sealed interface Decoded {
        record Ok(ClientMessage message) implements Decoded {
        }

        record Invalid(String reason) implements Decoded {
        }
    }

    public Decoded decode(String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return new Decoded.Invalid("malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Decoded.Invalid("a message must be a JSON object with a \"type\"; " + EXPECTED);
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            return new Decoded.Invalid("missing or non-text \"type\"; " + EXPECTED);
        }
        return switch (type.asText()) {
            case "resync" -> new Decoded.Ok(new ClientMessage.Resync());
            case "ping" -> new Decoded.Ok(new ClientMessage.Ping(node.hasNonNull("id") ? node.get("id").asText() : null));
            default -> new Decoded.Invalid("unknown type \"" + abbreviate(type.asText()) + "\"; " + EXPECTED);
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}

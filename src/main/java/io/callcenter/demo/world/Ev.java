package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcenter.ari.events.AriEventParser;
import java.time.Instant;

/** Builds ARI event and resource JSON with the lenient ARI mapper; timestamps in Asterisk's format. */
public final class Ev {

    static final ObjectMapper MAPPER = AriEventParser.mapper();
    private final SimClock clock;

    Ev(SimClock clock) {
        this.clock = clock;
    }

    ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A new event of the given type stamped now. */
    ObjectNode event(String type) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("type", type).put("timestamp", time(clock.now()));
        return n;
    }

    static String time(Instant instant) {
        return io.callcenter.ari.events.AriTime.format(instant);
    }

    /** Q.850 cause text as Asterisk prints it in ChannelDestroyed. */
    static String causeText(int cause) {
        return switch (cause) {
            case 16 -> "Normal Clearing";
            case 17 -> "User busy";
            case 18 -> "No user responding";
            case 19 -> "User alerting, no answer";
            case 21 -> "Call Rejected";
            case 26 -> "Answered elsewhere";
            case 27 -> "Destination out of order";
            case 34 -> "Circuit/channel congestion";
            case 127 -> "Interworking, unspecified";
            default -> "Unknown";
        };
    }

    /** The cause of DELETE /channels/{id}?reason=... (Asterisk's reason names). */
    static int reasonCause(String reason) {
        if (reason == null || reason.isBlank()) {
            return 16;
        }
        if (reason.matches("\\d{1,3}")) {
            return Integer.parseInt(reason);
        }
        return switch (reason) {
            case "normal" -> 16;
            case "busy" -> 17;
            case "noanswer", "no_answer" -> 19;
            case "answered_elsewhere" -> 26;
            case "congestion" -> 34;
            case "unallocated" -> 1;
            case "interworking" -> 127;
            case "failed" -> 38;
            default -> throw AriFault.badRequest("Invalid reason for hangup provided");
        };
    }
}

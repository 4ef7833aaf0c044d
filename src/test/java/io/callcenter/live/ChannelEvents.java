package io.callcenter.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.mirror.AriTrace;
import java.time.Instant;

/**
 * Channel events made from the first ones of their type in the inbound-queue-answered trace, with another channel
 * id and caller name: many real changes without a trace of that size.
 */
final class ChannelEvents {

    private static final java.util.Map<String, ObjectNode> TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    private ChannelEvents() {
    }

    static ReceivedEvent stateChange(String asteriskId, String channelId, String callerName, long seq) {
        return of("ChannelStateChange", asteriskId, channelId, callerName, seq);
    }

    static ReceivedEvent destroyed(String asteriskId, String channelId, long seq) {
        return of("ChannelDestroyed", asteriskId, channelId, "Gone", seq);
    }

    private static ReceivedEvent of(String type, String asteriskId, String channelId, String callerName, long seq) {
        ObjectNode event = TEMPLATES.computeIfAbsent(type, t -> (ObjectNode) AriTrace.lines("inbound-queue-answered")
                .stream().filter(l -> t.equals(l.path("event").path("type").asText()))
                .findFirst().orElseThrow().get("event")).deepCopy();
        event.put("asterisk_id", asteriskId);
        ObjectNode channel = (ObjectNode) event.get("channel");
        channel.put("id", channelId);
        ((ObjectNode) channel.get("caller")).put("name", callerName);
        String raw = event.toString();
        return new ReceivedEvent("srv-" + asteriskId, asteriskId, seq, Instant.now(), raw, AriEventParser.parse(raw));
    }
}

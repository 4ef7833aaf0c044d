package io.callcenter.live;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.callcenter.ari.connection.ReceivedEvent;
import io.callcenter.ari.events.AriEventParser;
import io.callcenter.mirror.AriTrace;
import java.time.Instant;

/**
 * ChannelStateChange events made from the first one of the inbound-queue-answered trace, with another channel id
 * and caller name: many real changes without a trace of that size.
 */
final class ChannelEvents {

    private static final ObjectNode TEMPLATE = (ObjectNode) AriTrace.lines("inbound-queue-answered").stream()
            .filter(l -> "ChannelStateChange".equals(l.path("event").path("type").asText()))
            .findFirst().orElseThrow().get("event");

    private ChannelEvents() {
    }

    static ReceivedEvent stateChange(String asteriskId, String channelId, String callerName, long seq) {
        ObjectNode event = TEMPLATE.deepCopy();
        event.put("asterisk_id", asteriskId);
        ObjectNode channel = (ObjectNode) event.get("channel");
        channel.put("id", channelId);
        ((ObjectNode) channel.get("caller")).put("name", callerName);
        String raw = event.toString();
        return new ReceivedEvent("srv-" + asteriskId, asteriskId, seq, Instant.now(), raw, AriEventParser.parse(raw));
    }
}

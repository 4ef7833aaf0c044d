package io.callcenter.ari.events;

import com.fasterxml.jackson.databind.JsonNode;

/** An event whose type this build does not know (newer Asterisk): kept whole as raw JSON, never dropped. */
public record UnknownEvent(String type, String asteriskId, String application, String timestamp, JsonNode raw)
        implements AriEvent {
}

package io.callcenter.ari.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the JSON bodies ARI expects for its {@code containers} parameters, e.g. {@code {"variables": {...}}}. */
public final class AriBodies {

    private AriBodies() {
    }

    /**
     * The body of originate, create, externalMedia, setChannelVars, bridge create, userEvent, sendMessage and refer:
     * ARI reads the map under the key {@code variables}. {@code null} or empty gives {@code null}, i.e. no body.
     */
    public static Map<String, Object> variables(Map<String, ?> variables) {
        return variables == null || variables.isEmpty() ? null : Map.of("variables", Map.copyOf(variables));
    }

    /** The body of {@code PUT /asterisk/config/dynamic/...}: {@code {"fields": [{"attribute": k, "value": v}, ...]}}. */
    public static Map<String, Object> fields(Map<String, String> fields) {
        List<Map<String, String>> tuples = new ArrayList<>();
        fields.forEach((k, v) -> tuples.add(Map.of("attribute", k, "value", v)));
        return Map.of("fields", tuples);
    }
}

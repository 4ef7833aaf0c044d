package io.callcenter.console;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One console action about to be sent to ARI: its name (audited as {@code console.<name>}), the server, the
 * object it acts on and the details worth keeping in the audit log (null values are left out).
 */
public record ConsoleAction(String name, String server, String objectId, Map<String, Object> details) {

    public ConsoleAction {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (details != null) {
            details.forEach((k, v) -> {
                if (v != null) {
                    kept.put(k, v);
                }
            });
        }
        details = Map.copyOf(kept);
    }

    /** An action without details. */
    public static ConsoleAction of(String name, String server, String objectId) {
        return new ConsoleAction(name, server, objectId, Map.of());
    }

    /** An action with details given as key, value, key, value... (null values skipped). */
    public static ConsoleAction of(String name, String server, String objectId, Object... keyValues) {
        Map<String, Object> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            details.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        return new ConsoleAction(name, server, objectId, details);
    }

    /** The audit target and the {@code target} of the answer: {@code <server>/<objectId>}. */
    public String target() {
        return server + "/" + objectId;
    }

    /** The audit action: {@code console.<name>}. */
    public String auditAction() {
        return "console." + name;
    }
}

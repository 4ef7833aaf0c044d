package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Serializes each event once and hands a copy with the right {@code application} to every app that should hear it. */
final class Emitter {

    private final Map<String, SimApp> apps;
    private final String asteriskId;
    private final AtomicLong delivered = new AtomicLong();

    Emitter(Map<String, SimApp> apps, String asteriskId) {
        this.apps = apps;
        this.asteriskId = asteriskId;
    }

    void emit(ObjectNode event, SimApp.Scope scope) {
        event.put("asterisk_id", asteriskId);
        String json = event.toString();
        String head = json.substring(0, json.length() - 1) + ",\"application\":\"";
        for (SimApp app : apps.values()) {
            if (app.sink != null && app.wants(scope)) {
                app.sink.accept(head + app.name + "\"}");
                delivered.incrementAndGet();
            }
        }
    }

    long delivered() {
        return delivered.get();
    }
}

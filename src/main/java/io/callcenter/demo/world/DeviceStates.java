package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Device states: app-controlled {@code Stasis:*} ones (finding 12) and those the PBX derives from its endpoints. */
public final class DeviceStates {

    private static final Set<String> STATES = Set.of("UNKNOWN", "NOT_INUSE", "INUSE", "BUSY", "INVALID",
            "UNAVAILABLE", "RINGING", "RINGINUSE", "ONHOLD");
    private final World w;
    private final Map<String, String> controlled = new LinkedHashMap<>();
    private final Map<String, String> derived = new HashMap<>();

    DeviceStates(World w) {
        this.w = w;
    }

    public ArrayNode list() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            controlled.forEach((name, state) -> a.add(json(name, state)));
            return a;
        }
    }

    public ObjectNode get(String name) {
        synchronized (w) {
            String state = controlled.getOrDefault(name, derived.getOrDefault(name, "UNKNOWN"));
            return json(name, state);
        }
    }

    /** PUT: 409 without {@code Stasis:}, 500 "Unknown device" for a state name Asterisk does not know; no event when unchanged. */
    public void put(String name, String state) {
        synchronized (w) {
            requireControlled(name);
            if (state == null) {
                throw AriFault.missing("deviceState");
            }
            if (!STATES.contains(state)) {
                throw new AriFault(500, "Unknown device");
            }
            String old = controlled.put(name, state);
            if (!state.equals(old)) {
                emit(name, state);
            }
        }
    }

    /** DELETE: silent, and fine twice; GET afterwards still answers UNKNOWN. */
    public void delete(String name) {
        synchronized (w) {
            requireControlled(name);
            controlled.remove(name);
        }
    }

    /** A PBX-derived device state (PJSIP/1001, Local/s@echo, Announcer/ARI_MOH); emits only on change unless forced. */
    void derive(String name, String state, boolean always) {
        String old = derived.put(name, state);
        if (always || !state.equals(old)) {
            emit(name, state);
        }
    }

    /** Initial state of a PBX device, without an event. */
    void seed(String name, String state) {
        derived.put(name, state);
    }

    private void emit(String name, String state) {
        ObjectNode e = w.ev.event("DeviceStateChanged");
        e.set("device_state", json(name, state));
        w.emit(e, SimApp.Scope.device(name));
    }

    private ObjectNode json(String name, String state) {
        return w.ev.object().put("name", name).put("state", state);
    }

    private static void requireControlled(String name) {
        if (!name.startsWith("Stasis:")) {
            throw new AriFault(409, "Uncontrolled device specified");
        }
    }
}

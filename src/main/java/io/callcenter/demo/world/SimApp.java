package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** A Stasis application: its websocket (if any) and what it is subscribed to. It exists for ARI only while a websocket serves it. */
public final class SimApp {

    final String name;
    boolean subscribeAll;
    Consumer<String> sink;
    Object connection;
    final Set<String> channels = new LinkedHashSet<>();
    /** Bridge subscriptions are counted: a channel of the app entering adds one, removeChannel takes one (app-only trace). */
    final Map<String, Integer> bridges = new HashMap<>();
    final Set<String> endpoints = new LinkedHashSet<>();
    final Set<String> devices = new LinkedHashSet<>();

    SimApp(String name) {
        this.name = name;
    }

    public boolean connected() {
        return sink != null;
    }

    boolean wants(Scope scope) {
        if (scope.onlyApp() != null) {
            return scope.onlyApp().equals(name);
        }
        if (subscribeAll) {
            return true;
        }
        return (scope.channelId() != null && channels.contains(scope.channelId()))
                || (scope.bridgeId() != null && bridges.getOrDefault(scope.bridgeId(), 0) > 0)
                || (scope.endpoint() != null && endpoints.contains(scope.endpoint()))
                || (scope.device() != null && devices.contains(scope.device()));
    }

    void addBridge(String bridgeId) {
        bridges.merge(bridgeId, 1, Integer::sum);
    }

    void dropBridge(String bridgeId) {
        bridges.computeIfPresent(bridgeId, (k, v) -> v <= 1 ? null : v - 1);
    }

    ObjectNode json(Ev ev) {
        ObjectNode n = ev.object();
        n.put("name", name);
        if (subscribeAll) {
            put(n, "channel_ids", List.of("__AST_CHANNEL_ALL_TOPIC"));
            put(n, "bridge_ids", List.of("__AST_BRIDGE_ALL_TOPIC"));
            put(n, "endpoint_ids", List.of("__AST_ENDPOINT_ALL_TOPIC"));
            put(n, "device_names", List.of("__AST_DEVICE_STATE_ALL_TOPIC"));
        } else {
            put(n, "channel_ids", channels);
            put(n, "bridge_ids", bridges.keySet());
            put(n, "endpoint_ids", endpoints);
            put(n, "device_names", devices);
        }
        n.putArray("events_allowed");
        n.putArray("events_disallowed");
        return n;
    }

    private static void put(ObjectNode n, String field, Collection<String> values) {
        ArrayNode a = n.putArray(field);
        values.forEach(a::add);
    }

    /** What an event is about, to decide which apps hear it. {@code onlyApp} limits it to one app (StasisStart/End, user events). */
    public record Scope(String channelId, String bridgeId, String endpoint, String device, String onlyApp) {
        static Scope channel(String id) {
            return new Scope(id, null, null, null, null);
        }

        static Scope bridge(String id) {
            return new Scope(null, id, null, null, null);
        }

        static Scope endpoint(String key) {
            return new Scope(null, null, key, null, null);
        }

        static Scope device(String name) {
            return new Scope(null, null, null, name, null);
        }

        static Scope app(String app) {
            return new Scope(null, null, null, null, app);
        }

        static Scope global() {
            return new Scope(null, null, null, null, null);
        }
    }
}

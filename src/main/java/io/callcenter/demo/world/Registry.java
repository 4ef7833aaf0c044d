package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Applications and their subscriptions, user events, endpoints and global variables. */
public final class Registry {

    private final World w;

    Registry(World w) {
        this.w = w;
    }

    /** A websocket starts serving these apps; an app already served is taken over (ApplicationReplaced to the old one). */
    public void connect(List<String> names, boolean subscribeAll, EventSink sink) {
        synchronized (w) {
            for (String name : names) {
                SimApp app = w.apps.computeIfAbsent(name, SimApp::new);
                if (app.sink != null && app.connection != sink) {
                    ObjectNode e = w.ev.event("ApplicationReplaced");
                    e.put("application", name).put("asterisk_id", w.settings.asteriskId());
                    ((EventSink) app.connection).replaced(e.toString());
                }
                app.subscribeAll = subscribeAll;
                app.connection = sink;
                app.sink = sink::send;
            }
        }
    }

    /** The websocket closed: its apps stop existing for ARI (404), their channels stay (finding 15, nothing replayed later). */
    public void disconnect(EventSink sink) {
        synchronized (w) {
            for (SimApp app : w.apps.values()) {
                if (app.connection == sink) {
                    app.connection = null;
                    app.sink = null;
                }
            }
        }
    }

    public ArrayNode applications() {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            w.apps.values().stream().filter(SimApp::connected).forEach(app -> a.add(app.json(w.ev)));
            return a;
        }
    }

    public ObjectNode application(String name) {
        synchronized (w) {
            return app(name).json(w.ev);
        }
    }

    /** POST/DELETE /applications/{app}/subscription?eventSource=channel:X,bridge:Y,endpoint:T/R,deviceState:N. */
    public ObjectNode subscription(String name, String eventSource, boolean subscribe) {
        synchronized (w) {
            SimApp app = app(name);
            if (eventSource == null || eventSource.isBlank()) {
                throw AriFault.missing("eventSource");
            }
            for (String source : eventSource.split(",")) {
                int colon = source.indexOf(':');
                String scheme = colon < 0 ? "" : source.substring(0, colon);
                String id = source.substring(colon + 1);
                java.util.Collection<String> set = switch (scheme) {
                    case "channel" -> exists(w.channels.containsKey(id), app.channels);
                    case "bridge" -> null;
                    case "endpoint" -> exists(w.endpoints.containsKey(id), app.endpoints);
                    case "deviceState" -> app.devices;
                    default -> throw AriFault.badRequest("Invalid event source URI scheme '" + scheme + "'");
                };
                if (set == null) {
                    if (!w.bridges.containsKey(id)) {
                        throw new AriFault(422, "Event source does not exist");
                    }
                    if (subscribe) {
                        app.addBridge(id);
                    } else {
                        app.bridges.remove(id);
                    }
                } else if (subscribe) {
                    set.add(id);
                } else if (!set.remove(id)) {
                    throw new AriFault(409, "Can't unsubscribe from a source the application is not subscribed to");
                }
            }
            return app.json(w.ev);
        }
    }

    /** POST /events/user/{name}: ChannelUserevent to that app, with {@code channel}/{@code bridge} when given as source (finding 13). */
    public void userEvent(String eventName, String application, String source, JsonNode variables) {
        synchronized (w) {
            if (application == null || application.isBlank()) {
                throw AriFault.missing("application");
            }
            app(application);
            ObjectNode e = w.ev.event("ChannelUserevent");
            e.put("eventname", eventName);
            if (source != null && !source.isBlank()) {
                for (String s : source.split(",")) {
                    String id = s.substring(s.indexOf(':') + 1);
                    if (s.startsWith("channel:") && w.channels.containsKey(id)) {
                        e.set("channel", w.channels.get(id).json(w.ev));
                    } else if (s.startsWith("bridge:") && w.bridges.containsKey(id)) {
                        e.set("bridge", w.bridges.get(id).json(w.ev));
                    } else if (s.startsWith("endpoint:") && w.endpoints.containsKey(id)) {
                        e.set("endpoint", w.endpoints.get(id).json(w.ev));
                    } else {
                        throw new AriFault(422, "Event source not found");
                    }
                }
            }
            ObjectNode user = e.putObject("userevent");
            if (variables != null && variables.isObject()) {
                variables.fields().forEachRemaining(f -> user.put(f.getKey(), f.getValue().asText()));
            }
            user.put("eventname", eventName);
            w.emit(e, SimApp.Scope.app(application));
        }
    }

    public ArrayNode endpoints(String technology) {
        synchronized (w) {
            ArrayNode a = w.ev.object().arrayNode();
            w.endpoints.values().stream().filter(ep -> technology == null || ep.technology.equals(technology))
                    .forEach(ep -> a.add(ep.json(w.ev)));
            if (technology != null && a.isEmpty()) {
                throw AriFault.notFound("Endpoint");
            }
            return a;
        }
    }

    public ObjectNode endpoint(String technology, String resource) {
        synchronized (w) {
            SimEndpoint ep = w.endpoints.get(technology + "/" + resource);
            if (ep == null) {
                throw AriFault.notFound("Endpoint");
            }
            return ep.json(w.ev);
        }
    }

    public ObjectNode global(String variable) {
        if (variable == null || variable.isBlank()) {
            throw AriFault.badRequest("Variable name is required");
        }
        synchronized (w) {
            return w.ev.object().put("value", w.globals.getOrDefault(variable, ""));
        }
    }

    /** Setting a global: ChannelVarset without {@code channel}, heard by subscribeAll apps only (finding 16). */
    public void setGlobal(String variable, String value) {
        if (variable == null || variable.isBlank()) {
            throw AriFault.badRequest("Variable name is required");
        }
        synchronized (w) {
            w.globals.put(variable, value == null ? "" : value);
            ObjectNode e = w.ev.event("ChannelVarset");
            e.put("variable", variable).put("value", value == null ? "" : value);
            w.emit(e, SimApp.Scope.global());
        }
    }

    public Map<String, SimApp> apps() {
        return w.apps;
    }

    private SimApp app(String name) {
        SimApp app = w.apps.get(name);
        if (app == null || !app.connected()) {
            throw AriFault.notFound("Application");
        }
        return app;
    }

    private static java.util.Collection<String> exists(boolean exists, java.util.Collection<String> set) {
        if (!exists) {
            throw new AriFault(422, "Event source does not exist");
        }
        return set;
    }
}

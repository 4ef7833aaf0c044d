package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snoop channels as Asterisk's res_stasis_snoop makes them: {@code Snoop/<target id>-<8 hex>}, Up from the start,
 * straight into Stasis of the given app. Parameters are checked in Asterisk's order (spy, whisper, at least one
 * direction, app, then the channel). A snoop ends by itself shortly after its target is gone (its audiohook stops,
 * the snoop's next 20 ms read fails): left bridge, StasisEnd, destroyed with cause 0, no hangup request.
 */
public final class Snoops {

    private static final Set<String> DIRECTIONS = Set.of("none", "both", "out", "in");
    /** Asterisk's snoop timer interval: the snoop notices a gone target at its next tick. */
    private static final long TICK_MS = 20;

    private final World w;
    /** Target channel id by snoop channel id. */
    private final Map<String, String> targets = new HashMap<>();

    Snoops(World w) {
        this.w = w;
    }

    /** POST /channels/{id}/snoop: 400 for bad directions or no app, 404 for an unknown channel. */
    public ObjectNode snoop(String targetId, String spy, String whisper, String app, List<String> args, String snoopId) {
        synchronized (w) {
            String s = spy == null || spy.isBlank() ? "none" : spy;
            String wh = whisper == null || whisper.isBlank() ? "none" : whisper;
            if (!DIRECTIONS.contains(s)) {
                throw AriFault.badRequest("Invalid direction specified for spy");
            }
            if (!DIRECTIONS.contains(wh)) {
                throw AriFault.badRequest("Invalid direction specified for whisper");
            }
            if ("none".equals(s) && "none".equals(wh)) {
                throw AriFault.badRequest("Direction must be specified for at least spy or whisper");
            }
            if (app == null || app.isBlank()) {
                throw AriFault.badRequest("Application name is required");
            }
            SimChannel target = w.channels.get(targetId);
            if (target == null || target.hangingUp) {
                throw new AriFault(404, "Provided channel was not found");
            }
            String id = snoopId == null || snoopId.isBlank() ? w.nextUniqueId() : snoopId;
            if (w.channels.containsKey(id)) {
                // the channel allocation refuses a duplicate unique id; ARI reports it as a failed snoop
                throw new AriFault(500, "Snoop channel could not be created");
            }
            SimChannel ch = new SimChannel(id, String.format("Snoop/%s-%08x", target.id, w.nextLocalSeq()),
                    SimChannel.Kind.SNOOP, null, "Up", "default", "s", w.clock.now());
            ch.ownerApp = app;
            w.channels.put(ch.id, ch);
            targets.put(ch.id, target.id);
            w.emitChannel("ChannelCreated", ch);
            w.stasis.enter(ch, app, args);
            return ch.json(w.ev);
        }
    }

    /** A channel is destroyed: snoops on it end at their next tick; a snoop itself is forgotten. */
    void destroyed(SimChannel ch) {
        targets.remove(ch.id);
        for (Map.Entry<String, String> e : Map.copyOf(targets).entrySet()) {
            if (e.getValue().equals(ch.id)) {
                String snoopId = e.getKey();
                w.clock.after(TICK_MS, () -> {
                    SimChannel snoop = w.channels.get(snoopId);
                    if (snoop != null && !snoop.hangingUp) {
                        w.channelOps.teardown().hangup(snoop, null, 0, null);
                    }
                });
            }
        }
    }
}

package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Operations on a live channel in Stasis: hold, mute, MoH, DTMF, variables, play, record, continue, move, redirect. */
public final class ChannelControl {

    private final World w;

    ChannelControl(World w) {
        this.w = w;
    }

    /** Simple operations without events (ring, mute, moh, silence, dtmf) still check the channel like Asterisk. */
    public void simple(String id, String operation, String argument) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            switch (operation) {
                case "hold", "unhold" -> {
                    ObjectNode e = w.channelEvent("hold".equals(operation) ? "ChannelHold" : "ChannelUnhold", ch);
                    w.emitChannel(e, ch);
                }
                case "dtmf" -> {
                    if (argument == null || argument.isBlank()) {
                        throw AriFault.badRequest("DTMF is required");
                    }
                }
                default -> {
                }
            }
        }
    }

    public ObjectNode getVar(String id, String variable) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            if (variable == null || variable.isBlank()) {
                throw AriFault.badRequest("Variable name is required");
            }
            String value = switch (variable) {
                case "CALLERID(num)" -> ch.callerNumber;
                case "CALLERID(name)" -> ch.callerName;
                case "CHANNEL(name)" -> ch.name;
                case "UNIQUEID" -> ch.id;
                default -> ch.vars.get(variable);
            };
            if (value == null) {
                throw AriFault.notFound("Provided variable was");
            }
            return w.ev.object().put("value", value);
        }
    }

    public void setVar(String id, String variable, String value) {
        synchronized (w) {
            SimChannel ch = w.channel(id);
            if (variable == null || variable.isBlank()) {
                throw AriFault.badRequest("Variable name is required");
            }
            w.varset(ch, variable, value == null ? "" : value);
        }
    }

    /** Play on a channel: 409 outside Stasis, 412 while Down (rest-catalog). */
    public ObjectNode play(String id, String media, String lang, String playbackId) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            if ("Down".equals(ch.state)) {
                throw AriFault.invalidState();
            }
            return w.media.play("channel:" + id, media, lang, playbackId);
        }
    }

    public ObjectNode record(String id, String name, String format, int maxSeconds, String ifExists) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            if ("Down".equals(ch.state)) {
                throw AriFault.invalidState();
            }
            return w.media.recordings.record("channel:" + id, name, format, maxSeconds, ifExists);
        }
    }

    /** Leaves Stasis into the dialplan; STASISSTATUS=SUCCESS comes when that dialplan ends (originate-continue trace). */
    public void continueInDialplan(String id, String context, Integer priority) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            String ctx = context == null || context.isBlank() ? ch.context : context;
            int prio = priority == null ? ch.priority + 1 : priority;
            if (ch.bridgeId != null && w.bridges.containsKey(ch.bridgeId)) {
                w.bridgeOps.leave(w.bridges.get(ch.bridgeId), ch, true);
            }
            w.stasis.leave(ch, false);
            w.dialplan.run(ch, ctx, prio);
        }
    }

    public void move(String id, String app, List<String> args) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            if (app == null || app.isBlank()) {
                throw AriFault.missing("app");
            }
            w.stasis.move(ch, app, args);
        }
    }

    /** A SIP redirect (302): the channel leaves and is gone. */
    public void redirect(String id, String endpoint) {
        synchronized (w) {
            SimChannel ch = inStasis(id);
            if (endpoint == null || endpoint.isBlank()) {
                throw AriFault.missing("endpoint");
            }
            Teardown t = w.channelOps.teardown();
            t.hangup(ch, t.request(ch, 16, null, false), 16, null);
        }
    }

    private SimChannel inStasis(String id) {
        SimChannel ch = w.channel(id);
        if (ch.stasisApp == null) {
            throw AriFault.notInStasis();
        }
        return ch;
    }
}

package io.callcenter.demo.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Entering and leaving Stasis, with the app's channel subscription (app-only apps hear their channels only from StasisStart on). */
final class Stasis {

    private final World w;

    Stasis(World w) {
        this.w = w;
    }

    /** Varset STASISSTATUS "" then StasisStart; false (STASISSTATUS=FAILED) when no websocket serves the app (finding 15). */
    boolean enter(SimChannel ch, String app, List<String> args) {
        ch.dialplan("Stasis", args.isEmpty() ? app : app + "," + String.join(",", args));
        w.varset(ch, "STASISSTATUS", "");
        SimApp a = w.apps.get(app);
        if (a == null || !a.connected()) {
            w.varset(ch, "STASISSTATUS", "FAILED");
            return false;
        }
        ch.stasisApp = app;
        ch.stasisArgs = args;
        a.channels.add(ch.id);
        if (ch.partnerId != null && app.equals(ch.ownerApp)) {
            a.channels.add(ch.partnerId);
        }
        ObjectNode e = w.channelEvent("StasisStart", ch);
        ArrayNode list = e.putArray("args");
        args.forEach(list::add);
        w.emit(e, new SimApp.Scope(ch.id, null, null, null, app));
        return true;
    }

    /** StasisEnd, then STASISSTATUS=SUCCESS unless the caller defers it (continue: it comes when the dialplan ends). */
    void leave(SimChannel ch, boolean statusNow) {
        String app = ch.stasisApp;
        if (app == null) {
            return;
        }
        ch.stasisApp = null;
        w.emit(w.channelEvent("StasisEnd", ch), new SimApp.Scope(ch.id, null, null, null, app));
        SimApp a = w.apps.get(app);
        if (a != null && !app.equals(ch.ownerApp)) {
            a.channels.remove(ch.id);
        }
        if (statusNow) {
            w.varset(ch, "STASISSTATUS", "SUCCESS");
        } else {
            ch.vars.put("STASISSTATUS", "PENDING");
        }
    }

    /** A channel is gone: no app stays subscribed to it. */
    void forget(SimChannel ch) {
        for (SimApp a : w.apps.values()) {
            a.channels.remove(ch.id);
        }
    }

    /** Moves a channel to another app (POST /channels/{id}/move). */
    void move(SimChannel ch, String app, List<String> args) {
        leave(ch, true);
        enter(ch, app, args);
    }
}

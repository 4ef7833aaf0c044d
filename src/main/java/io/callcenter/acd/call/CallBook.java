package io.callcenter.acd.call;

import io.callcenter.acd.routing.RoutingMemory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The calls the ACD handles and the indexes the flow needs (actor thread only; a @Singleton: read by field, no proxy). */
@Singleton
public class CallBook {

    /** Queue order: higher caller priority first, then earlier enqueue time. */
    static final Comparator<AcdCall> QUEUE_ORDER = Comparator.<AcdCall>comparingInt(c -> -c.priority)
            .thenComparing(c -> c.enqueuedAt).thenComparing(c -> c.key);

    final Map<String, AcdCall> calls = new LinkedHashMap<>();
    /** Agent offers by (asterisk id, channel id) key. */
    final Map<String, Offer> offers = new HashMap<>();
    /** Overflow endpoint legs ringing or answered, by channel key. */
    final Map<String, AcdCall> parties = new HashMap<>();
    /** Answered agent legs of connected calls, by channel key. */
    final Map<String, AcdCall> agentLegs = new HashMap<>();
    /** Consult legs of attended transfers / conferences (desk), by channel key. */
    final Map<String, AcdCall> consultLegs = new HashMap<>();
    /** Whisper / goodbye playbacks by playback id. */
    final Map<String, AcdCall> playbacks = new HashMap<>();
    /** Configured server name of each Asterisk, learnt from the events. */
    final Map<String, String> servers = new HashMap<>();
    final RoutingMemory memory = new RoutingMemory();

    AcdCall call(String asteriskId, String channelId) {
        return calls.get(AcdCall.key(asteriskId, channelId));
    }

    void add(AcdCall call) {
        calls.put(call.key, call);
    }

    void remove(AcdCall call) {
        calls.remove(call.key);
        call.offers.values().forEach(o -> offers.remove(AcdCall.key(call.asteriskId, o.channelId)));
        if (call.agentChannel != null) {
            agentLegs.remove(AcdCall.key(call.asteriskId, call.agentChannel));
        }
        if (call.partyChannel != null) {
            parties.remove(AcdCall.key(call.asteriskId, call.partyChannel));
        }
        if (call.pendingPlayback != null) {
            playbacks.remove(call.pendingPlayback);
        }
        if (call.handling.consult != null) {
            consultLegs.remove(AcdCall.key(call.asteriskId, call.handling.consult.channelId));
        }
    }

    /** The calls waiting in a queue, in queue order. */
    List<AcdCall> waiting(String queue) {
        List<AcdCall> out = new ArrayList<>();
        for (AcdCall c : calls.values()) {
            if (c.waiting() && c.queue.equals(queue)) {
                out.add(c);
            }
        }
        out.sort(QUEUE_ORDER);
        return out;
    }

    /** 1-based place of a waiting call in its queue. */
    int position(AcdCall call) {
        return waiting(call.queue).indexOf(call) + 1;
    }

    Collection<AcdCall> all() {
        return List.copyOf(calls.values());
    }

    void clear() {
        calls.clear();
        offers.clear();
        parties.clear();
        agentLegs.clear();
        consultLegs.clear();
        playbacks.clear();
    }
}

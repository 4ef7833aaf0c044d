package io.callcenter.acd.call;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.agent.AgentState;
import io.callcenter.acd.live.DeskLive;
import io.callcenter.live.wire.DeskCallView;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What each agent's desk shows of its own call (actor thread): built from the call and the agent, pushed live after
 * every change. The last view of a call an agent left (ended, transferred away) is kept for its wrap-up.
 */
@Startup
@ApplicationScoped
public class DeskViews {

    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    DeskLive live;

    /** The last view each agent had of a call it was on, by username. */
    private final Map<String, DeskCallView> last = new HashMap<>();

    @PostConstruct
    void init() {
        agents.observe(a -> live.desk(a.username(), view(a)));
    }

    /** The agent's call now, or null (actor thread). */
    public DeskCallView view(String username) {
        return agents.find(username).map(this::view).orElse(null);
    }

    /** Pushes the views of everyone on the call: its agent, the consulted agent, agents it is offered to. */
    void changed(AcdCall call) {
        if (call.agent != null) {
            push(call.agent);
        }
        if (call.handling.consult != null && call.handling.consult.agent != null) {
            push(call.handling.consult.agent);
        }
        call.offers.values().forEach(o -> push(o.agent));
    }

    void push(String username) {
        agents.find(username).ifPresent(a -> live.desk(username, view(a)));
    }

    /** The last view the agent had of this call, e.g. its disposition changed during wrap-up. */
    void amendLast(String username, java.util.function.UnaryOperator<DeskCallView> change) {
        last.computeIfPresent(username, (u, v) -> change.apply(v));
        push(username);
    }

    private DeskCallView view(Agent a) {
        String key = a.callId();
        AcdCall call = key == null ? null : book.calls.get(key);
        if (a.state() == AgentState.READY || a.state() == AgentState.PAUSED || a.state() == AgentState.LOGGED_OUT
                || key == null) {
            last.remove(a.username());
            return null;
        }
        String state = call == null ? null : state(call, a.username());
        if (state == null) {
            DeskCallView before = last.get(a.username());
            if (before == null || !key.endsWith(":" + before.callId())) {
                return null;
            }
            DeskCallView ended = wrapUp(before, a.view().wrapUpUntil());
            last.put(a.username(), ended);
            return ended;
        }
        DeskCallView v = build(call, state, a.view().wrapUpUntil());
        last.put(a.username(), v);
        return v;
    }

    /** This agent's part in the call now; null when it is not (any more) on it. */
    private static String state(AcdCall call, String username) {
        CallHandling h = call.handling;
        if (call.offers.values().stream().anyMatch(o -> o.agent.equals(username) && o.status == Offer.Status.RINGING)) {
            return "offered";
        }
        boolean consulted = h.consult != null && username.equals(h.consult.agent);
        if (!username.equals(call.agent) && !consulted || call.phase == AcdCall.Phase.ENDED) {
            return null;
        }
        if (h.conference) {
            return "conference";
        }
        if (consulted) {
            return h.consult.connected ? "connected" : "offered";
        }
        if (h.consult != null) {
            return "consulting";
        }
        return h.heldSince != null ? "held" : "connected";
    }

    private static DeskCallView build(AcdCall call, String state, Instant wrapUpUntil) {
        CallHandling h = call.handling;
        Instant offered = call.offers.values().stream().map(o -> o.at).findFirst().orElse(call.answeredAt);
        DeskCallView.Recording rec = h.recording == null ? null
                : new DeskCallView.Recording(h.recording, h.recordingSince);
        DeskCallView.Consult consult = h.consult == null ? null : new DeskCallView.Consult(h.consult.kind,
                h.consult.target, h.consult.connected ? "connected" : "ringing", h.consult.since);
        return new DeskCallView(call.channelId, call.asteriskId, call.server, call.callerNumber, call.callerName,
                call.queue, call.did, call.enqueuedAt, offered, call.answeredAt, state, h.heldSince, h.holdMs,
                h.muted, rec, consult, h.transferredTo, h.disposition, null, wrapUpUntil);
    }

    private static DeskCallView wrapUp(DeskCallView v, Instant wrapUpUntil) {
        Instant ended = v.endedAt() != null ? v.endedAt() : Instant.now();
        return new DeskCallView(v.callId(), v.asteriskId(), v.server(), v.callerNumber(), v.callerName(), v.queue(),
                v.did(), v.enqueuedAt(), v.offeredAt(), v.answeredAt(), "wrapup", null, v.holdMs(), null, null, null,
                v.transferredTo(), v.disposition(), ended, wrapUpUntil);
    }
}

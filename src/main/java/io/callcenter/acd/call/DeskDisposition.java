package io.callcenter.acd.call;

import io.callcenter.acd.agent.Agent;
import io.callcenter.acd.agent.AgentBook;
import io.callcenter.acd.record.CallRecords;
import io.callcenter.live.wire.DeskCallView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Disposition codes on the agent's current or wrapping-up call, and the figures the desk's transfer list shows. */
@ApplicationScoped
public class DeskDisposition {

    @Inject
    CallBook book;
    @Inject
    AgentBook agents;
    @Inject
    CallRecords records;
    @Inject
    DeskViews views;

    /** Sets the code on the agent's current call (on it or wrapping it up); false when that is not this call. */
    public boolean set(String username, String callId, String code) {
        Agent a = agents.find(username).orElse(null);
        String key = a == null ? null : a.callId();
        if (key == null || !key.endsWith(":" + callId)) {
            return false;
        }
        String asteriskId = key.substring(0, key.length() - callId.length() - 1);
        AcdCall call = book.calls.get(key);
        records.disposition(asteriskId, callId, code);
        records.step(asteriskId, callId, Instant.now(), "disposition", a.view().queue(), username, null, code, null);
        if (call != null) {
            call.handling.disposition = code;
        }
        views.amendLast(username, v -> withDisposition(v, code));
        if (call != null) {
            views.changed(call);
        }
        return true;
    }

    /** Waiting callers per queue (actor thread). */
    public Map<String, Integer> waitingByQueue() {
        Map<String, Integer> out = new TreeMap<>();
        for (AcdCall c : book.all()) {
            if (c.waiting()) {
                out.merge(c.queue, 1, Integer::sum);
            }
        }
        return out;
    }

    private static DeskCallView withDisposition(DeskCallView v, String code) {
        return new DeskCallView(v.callId(), v.asteriskId(), v.server(), v.callerNumber(), v.callerName(), v.queue(),
                v.did(), v.enqueuedAt(), v.offeredAt(), v.answeredAt(), v.state(), v.heldSince(), v.holdMs(),
                v.muted(), v.recording(), v.consult(), v.transferredTo(), code, v.endedAt(), v.wrapUpUntil());
    }
}

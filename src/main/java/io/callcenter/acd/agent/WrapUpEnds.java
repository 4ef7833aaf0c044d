package io.callcenter.acd.agent;

import io.callcenter.acd.record.CallRecords;
import io.callcenter.acd.record.HandlingRecords;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Records the end of an agent's wrap-up on its call: {@code wrap_ended_at} and a {@code wrap_up_end} step. */
@ApplicationScoped
public class WrapUpEnds {

    private final CallRecords records;
    private final HandlingRecords handling;

    WrapUpEnds(CallRecords records, HandlingRecords handling) {
        this.records = records;
        this.handling = handling;
    }

    /** Actor thread, while the agent is still in WRAP_UP; {@code how} null = whoever issues the command. */
    void ended(Agent a, String how) {
        String by = how != null ? how : a.commandBy != null ? a.commandBy : "agent";
        a.commandBy = null;
        if (a.state != AgentState.WRAP_UP || a.callId == null || a.asteriskId == null
                || !a.callId.startsWith(a.asteriskId + ":")) {
            return;
        }
        String callId = a.callId.substring(a.asteriskId.length() + 1);
        Instant now = Instant.now();
        a.wrapEndedAt = now;
        handling.wrapEnded(a.asteriskId, callId, a.username, now);
        records.step(a.asteriskId, callId, now, "wrap_up_end", a.queue, a.username, null, by, null);
    }
}

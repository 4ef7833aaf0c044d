package io.callcenter.wallboard.fold;

import io.callcenter.acd.config.QueueConfig;
import io.callcenter.acd.config.SlRules;
import io.callcenter.metrics.CallCounts;
import io.callcenter.metrics.QueueStay;
import io.callcenter.metrics.Thresholds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A stay with its call (caller details), the agent who answered it, if any, and the rules recorded at its start. */
record Stayed(CallTrack call, QueueStay stay, String agent, Optional<SlRules> rules) {

    /** Every stay folded so far. */
    static List<Stayed> all(Ledger ledger) {
        List<Stayed> out = new ArrayList<>();
        for (CallTrack c : ledger.calls()) {
            List<QueueStay> stays = c.queueStays();
            for (int i = 0; i < stays.size(); i++) {
                CallTrack.StayTrack track = c.stays.get(i);
                out.add(new Stayed(c, stays.get(i), track.agent, track.rules));
            }
        }
        return out;
    }

    /**
     * What the stay contributes at {@code at}, classified with the rules recorded when it began (so a later change of
     * the queue does not rewrite it); stays recorded without them use the queue's current configuration.
     */
    CallCounts contributionAt(Instant at, QueueConfig current) {
        Thresholds t = rules.map(r -> Thresholds.of(r, Thresholds.DEFAULT_EDGES))
                .orElseGet(() -> Selection.thresholds(current));
        return stay.contributionAt(at, t);
    }
}

package io.callcenter.wallboard.fold;

import io.callcenter.metrics.QueueStay;
import java.util.ArrayList;
import java.util.List;

/** A stay with its call (caller details) and the agent who answered it, if any. */
record Stayed(CallTrack call, QueueStay stay, String agent) {

    /** Every stay folded so far. */
    static List<Stayed> all(Ledger ledger) {
        List<Stayed> out = new ArrayList<>();
        for (CallTrack c : ledger.calls()) {
            List<QueueStay> stays = c.queueStays();
            for (int i = 0; i < stays.size(); i++) {
                out.add(new Stayed(c, stays.get(i), c.stays.get(i).agent));
            }
        }
        return out;
    }
}

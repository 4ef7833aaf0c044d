package io.callcenter.wallboard.fold;

import io.callcenter.wallboard.figures.WaitingCaller;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The callers waiting in one queue at an instant, in the ACD's queue order: higher priority, then earlier enqueue. */
final class WaitingList {

    private static final Comparator<Stayed> QUEUE_ORDER = Comparator.<Stayed>comparingInt(s -> -s.call().priority)
            .thenComparing(s -> s.stay().enqueuedAt()).thenComparing(s -> s.call().key);

    private WaitingList() {
    }

    static List<WaitingCaller> of(List<Stayed> stays, String queue, Instant at) {
        List<Stayed> waiting = stays.stream().filter(s -> s.stay().queue().equals(queue) && s.stay().waitingAt(at))
                .sorted(QUEUE_ORDER).toList();
        List<WaitingCaller> out = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            Stayed s = waiting.get(i);
            CallTrack c = s.call();
            Instant since = s.stay().enqueuedAt();
            out.add(new WaitingCaller(c.key, queue, i + 1, since.toEpochMilli(),
                    Duration.between(since, at).toMillis(), c.priority, c.did, c.callerNumber, c.callerName));
        }
        return out;
    }

    /** How many wait in the queue at the instant. */
    static int count(List<Stayed> stays, String queue, Instant at) {
        return (int) stays.stream().filter(s -> s.stay().queue().equals(queue) && s.stay().waitingAt(at)).count();
    }
}

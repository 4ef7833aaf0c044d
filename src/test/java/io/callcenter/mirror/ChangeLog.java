package io.callcenter.mirror;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A test listener that keeps every mirror change, to assert what other features would be told. */
@ApplicationScoped
public class ChangeLog implements MirrorListener {

    /** Asterisk ids of the ingest benchmark, whose changes are not kept. */
    public static final String BENCHMARK_PREFIX = "bench-";

    private final ConcurrentLinkedQueue<MirrorChange> changes = new ConcurrentLinkedQueue<>();

    @Override
    public void onChange(MirrorChange change) {
        if (change.asteriskId().startsWith(BENCHMARK_PREFIX)) {
            return; // the ingest benchmark sends millions of events: keeping them would only measure this list
        }
        changes.add(change);
    }

    /** The changes of one server, in delivery order. */
    public List<MirrorChange> of(String asteriskId) {
        return changes.stream().filter(c -> c.asteriskId().equals(asteriskId)).toList();
    }

    public <T extends MirrorChange> List<T> of(String asteriskId, Class<T> type) {
        return of(asteriskId).stream().filter(type::isInstance).map(type::cast).toList();
    }
}

package io.callcenter.originate;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The originates in memory, bounded by {@code callcenter.originate.max-records}: the oldest ones whose final state is
 * saved are dropped first (PostgreSQL keeps them). Calls still in progress are never dropped; when all slots hold
 * such calls, new originates are refused (429).
 */
@ApplicationScoped
class Originations {

    private final Map<UUID, Origination> byId = new LinkedHashMap<>();
    // read on every mirror change of every channel: lock-free
    private final Map<String, Origination> byChannel = new ConcurrentHashMap<>();
    private final int max;
    private final OriginateStore store;

    Originations(OriginateConfig config, OriginateStore store) {
        this.max = config.maxRecords();
        this.store = store;
    }

    /** Starts following an originate, before ARI is asked (its events may come before its answer). */
    synchronized void add(Origination o) {
        for (Iterator<Origination> it = byId.values().iterator(); byId.size() >= max && it.hasNext();) {
            if (it.next().savedFinal()) {
                it.remove();
            }
        }
        if (byId.size() >= max) {
            throw new ProblemException(Problem.of("originate-busy", "Too many originates in progress", 429,
                    "All " + max + " originate slots hold calls in progress; try again when one has ended"));
        }
        byId.put(o.plan.id(), o);
        byChannel.put(o.plan.channelId(), o);
    }

    synchronized Optional<Origination> get(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The originate whose channel this is, while it is in progress. */
    Origination byChannel(String channelId) {
        return channelId == null ? null : byChannel.get(channelId);
    }

    /** Saves the originate's new state (off this thread); when it is final, wakes its long polls. */
    void changed(Origination o) {
        if (o.isFinal()) {
            // its channel's later events (Asterisk repeats some) concern it no more
            byChannel.remove(o.plan.channelId(), o);
        }
        store.save(o);
        o.announceIfFinal();
    }

    /** Every originate still in progress (for a server that resynced or went away). */
    Iterable<Origination> inProgress() {
        return byChannel.values();
    }
}

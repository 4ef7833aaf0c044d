package io.callcenter.wallboard.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/**
 * Where tailing one table by id has got to. Ids are handed out when a row is inserted but become visible at commit,
 * and several threads write agent states, so a lower id may appear after a higher one: ids above the floor already
 * applied are remembered, and a gap (a rolled-back insert) is given up after {@code gapTimeout}.
 */
public final class TailCursor {

    private final Duration gapTimeout;
    private final TreeSet<Long> seen = new TreeSet<>();
    private long floor;
    private Instant stuckSince;

    /** A cursor after a load: every id up to {@code floor} is handled, and so are {@code loaded} ones above it. */
    public TailCursor(long floor, Collection<Long> loaded, Duration gapTimeout) {
        this.floor = floor;
        this.gapTimeout = gapTimeout;
        loaded.stream().filter(id -> id > floor).forEach(seen::add);
        advance(Instant.now());
    }

    /** Ids greater than this are to be read. */
    public long floor() {
        return floor;
    }

    /** Whether the row is new (and marks it handled). */
    public boolean accept(long id) {
        return id > floor && seen.add(id);
    }

    /** Moves the floor over handled ids, and over a gap that has stayed open longer than the timeout. */
    public void advance(Instant now) {
        while (true) {
            if (seen.remove(floor + 1)) {
                floor++;
                stuckSince = null;
                continue;
            }
            if (seen.isEmpty()) {
                stuckSince = null;
                return;
            }
            if (stuckSince == null) {
                stuckSince = now;
            }
            if (Duration.between(stuckSince, now).compareTo(gapTimeout) < 0) {
                return;
            }
            floor = seen.first() - 1;
            stuckSince = null;
        }
    }
}

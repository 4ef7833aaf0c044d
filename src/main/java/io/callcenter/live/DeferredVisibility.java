package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerSnapshot;

/**
 * A connection's visibility while the audience still decides it (it may read the account on a worker thread): sees
 * nothing until resolved. Nothing is lost: the connection's first snapshot is taken after it is resolved.
 */
final class DeferredVisibility implements Visibility {

    private volatile Visibility resolved;

    void resolve(Visibility visibility) {
        this.resolved = visibility;
    }

    /** The decided visibility, or this one while undecided: what {@link LiveFanout} groups connections by. */
    Visibility current() {
        Visibility v = resolved;
        return v == null ? this : v;
    }

    @Override
    public ServerSnapshot restrict(ServerSnapshot server) {
        Visibility v = resolved;
        return v == null ? null : v.restrict(server);
    }

    @Override
    public boolean sees(Delta delta) {
        Visibility v = resolved;
        return v != null && v.sees(delta);
    }
}

package io.callcenter.live;

import io.callcenter.live.wire.Delta;
import io.callcenter.live.wire.ServerSnapshot;

/** What one connection may see: applied to its snapshots and to every delta before it is queued. */
public interface Visibility {

    /** The part of a server this user sees, or null to hide the server altogether. */
    ServerSnapshot restrict(ServerSnapshot server);

    /** Whether this delta reaches the user; must be quick, it runs on the ARI dispatch thread. */
    boolean sees(Delta delta);

    /** Sees the whole mirror. */
    Visibility EVERYTHING = new Visibility() {
        @Override
        public ServerSnapshot restrict(ServerSnapshot server) {
            return server;
        }

        @Override
        public boolean sees(Delta delta) {
            return true;
        }
    };
}

package io.callcenter.security.auth;

import java.util.Set;

/**
 * CDI event fired when login sessions end by logout, password change or reset, or a disabled user; observed
 * after the transaction committed, so features holding connections of these sessions (live websockets) close them.
 *
 * @param sessionIds the ids of the sessions that were open and are now revoked (never empty)
 */
public record SessionsEnded(Set<Long> sessionIds) {

    public SessionsEnded {
        sessionIds = Set.copyOf(sessionIds);
    }
}

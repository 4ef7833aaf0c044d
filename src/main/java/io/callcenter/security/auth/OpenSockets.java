package io.callcenter.security.auth;

import java.util.Set;

/**
 * Implemented by each feature that keeps browser sockets open on a login session (live push, wallboards): an open
 * socket proves the page is there, because the server closes a socket whose client stops sending heartbeats.
 */
public interface OpenSockets {

    /** The login session ids with at least one open socket on this instance. */
    Set<Long> sessionsWithOpenSockets();
}

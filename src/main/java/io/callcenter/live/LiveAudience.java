package io.callcenter.live;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Decides what a connecting user may see. The default shows the whole mirror to everyone; a bean of this type
 * (e.g. from accounts: an agent sees their own calls and queues) replaces it.
 */
public interface LiveAudience {

    /**
     * Called once per connection, on open, with the identity of the websocket upgrade; null while the application
     * has no authentication extension.
     */
    Visibility of(SecurityIdentity identity);
}

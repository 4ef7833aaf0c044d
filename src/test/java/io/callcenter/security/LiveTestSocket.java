package io.callcenter.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/** Test-only browser websocket under /api, secured the way the real /api/live must be. */
@WebSocket(path = "/api/live-test")
@RolesAllowed({"agent", "supervisor", "admin"})
public class LiveTestSocket {

    @Inject
    SecurityIdentity identity;

    @OnOpen
    public String greet() {
        return "hello " + identity.getPrincipal().getName();
    }
}

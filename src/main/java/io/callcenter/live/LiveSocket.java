package io.callcenter.live;

import io.callcenter.live.wire.ClientMessage;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.callcenter.security.auth.SessionIdentityProvider;
import io.callcenter.security.auth.SessionPrincipal;
import io.callcenter.security.user.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

/**
 * The browsers' live endpoint: a snapshot on open, then numbered deltas; see the package documentation for the
 * protocol. HTTP permissions on {@code /api/*} refuse anonymous upgrades; what each user sees is decided by the
 * {@link LiveAudience} (agents: their own calls and queues; see {@code io.callcenter.supervise.live.AccountAudience}).
 */
@WebSocket(path = "/api/live")
@RolesAllowed({Role.AGENT_NAME, Role.SUPERVISOR_NAME, Role.ADMIN_NAME})
public class LiveSocket {

    @Inject
    LiveHub hub;
    @Inject
    LiveAudience audience;
    @Inject
    SecurityIdentity identity;
    @Inject
    LiveConfig config;
    @Inject
    WireCodec codec;
    @Inject
    Vertx vertx;
    @Inject
    LiveMeters meters;

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        SessionPrincipal login = identity.getAttribute(SessionIdentityProvider.SESSION);
        // a plain copy: the audience may read the account on a worker thread, outside this request's context
        SecurityIdentity who = identity.isAnonymous() ? null : QuarkusSecurityIdentity.builder(identity).build();
        DeferredVisibility visibility = new DeferredVisibility();
        LiveSession session = new LiveSession(connection, vertx, config, visibility, hub::snapshot,
                hub::beyondMirror, codec, meters, login == null ? null : login.sessionId());
        hub.add(session); // registered at once: pings are answered while the audience decides
        vertx.executeBlocking(() -> audience.of(who), false).onComplete(decided -> {
            if (decided.failed()) {
                session.close(1011, "cannot decide what this user may see");
                return;
            }
            visibility.resolve(decided.result());
            hub.start(session);
        });
    }

    @OnTextMessage
    @NonBlocking
    void text(String text, WebSocketConnection connection) {
        LiveSession session = hub.session(connection.id());
        if (session == null) {
            return; // closed meanwhile
        }
        session.heard();
        WireCodec.Decoded decoded = codec.decode(text);
        if (decoded instanceof WireCodec.Decoded.Invalid invalid) {
            session.error(invalid.reason());
        } else if (((WireCodec.Decoded.Ok) decoded).message() instanceof ClientMessage.Ping ping) {
            session.pong(ping.id());
        } else {
            session.sendSnapshot();
        }
    }

    @OnBinaryMessage
    @NonBlocking
    void binary(Buffer data, WebSocketConnection connection) {
        LiveSession session = hub.session(connection.id());
        if (session != null) {
            session.heard();
            session.error("binary frames are not part of the protocol: send JSON text; " + WireCodec.EXPECTED);
        }
    }

    @OnClose
    @NonBlocking
    void close(WebSocketConnection connection) {
        LiveSession session = hub.remove(connection.id());
        if (session != null) {
            session.stop();
        }
    }
}

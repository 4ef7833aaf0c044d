package io.callcenter.wallboard.push;

import io.callcenter.security.access.AccessPolicy;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One open wallboard socket and what let it in: a login session (with the user's rights, re-checked when the layout
 * changes) or a kiosk link (closed when the link is revoked).
 *
 * @param connection the socket
 * @param wallboardId the wallboard it shows
 * @param user the logged-in user's rights, null for a kiosk
 * @param sessionId the login session, null for a kiosk
 * @param kioskLinkId the kiosk link, null for a login
 */
public record Viewer(WebSocketConnection connection, long wallboardId, AccessPolicy user, Long sessionId,
        Long kioskLinkId) {
}

package io.callcenter.wallboard.config;

/** CDI event fired after a kiosk link's revocation committed: sockets opened with it close at once. */
public record KioskLinkRevoked(long linkId, long wallboardId) {
}

package io.callcenter.wallboard.push;

import io.quarkus.websockets.next.CloseReason;

/** Why the wallboard push closes a socket; screens act on the code (4401/4403/4404 stop retrying, others retry). */
public final class CloseCodes {

    /** Login session ended (as /api/live): log in again. */
    public static final CloseReason SESSION_ENDED = new CloseReason(4003, "session ended, log in again");
    /** Kiosk token unknown or revoked. */
    public static final CloseReason KIOSK_REFUSED = new CloseReason(4401, "kiosk link unknown or revoked");
    /** Neither a kiosk token nor a login allowed to see this wallboard. */
    public static final CloseReason FORBIDDEN = new CloseReason(4403, "not allowed to see this wallboard");
    /** No such wallboard (or it was deleted). */
    public static final CloseReason NO_WALLBOARD = new CloseReason(4404, "no such wallboard");
    /** The metric engine is not in this build or failed: retry later. */
    public static final CloseReason UNAVAILABLE = new CloseReason(1011, "wallboard figures unavailable");

    private CloseCodes() {
    }
}

package io.callcenter.wallboard.config;

/** What a valid kiosk token opens: exactly one wallboard, through one link (whose revocation ends it). */
public record KioskGrant(long linkId, long wallboardId) {
}

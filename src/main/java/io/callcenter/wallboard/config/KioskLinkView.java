package io.callcenter.wallboard.config;

import java.time.Instant;

/** A kiosk link as its managers see it (never the token, which is shown once, at creation). */
public record KioskLinkView(long id, long wallboardId, String label, String createdBy, Instant createdAt,
        String revokedBy, Instant revokedAt, boolean active) {

    static KioskLinkView of(KioskLinkEntity e) {
        return new KioskLinkView(e.id, e.wallboardId, e.label, e.createdBy, e.createdAt, e.revokedBy, e.revokedAt,
                e.revokedAt == null);
    }
}

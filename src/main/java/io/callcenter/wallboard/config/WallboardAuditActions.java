package io.callcenter.wallboard.config;

/** Audit action names of wallboard changes; the target is "wallboard:&lt;id&gt;". */
public final class WallboardAuditActions {

    public static final String CREATED = "wallboard.created";
    public static final String UPDATED = "wallboard.updated";
    public static final String DELETED = "wallboard.deleted";
    public static final String KIOSK_LINK_CREATED = "wallboard.kiosk-link.created";
    public static final String KIOSK_LINK_REVOKED = "wallboard.kiosk-link.revoked";

    private WallboardAuditActions() {
    }

    static String target(long id) {
        return "wallboard:" + id;
    }
}

package io.callcenter.security.audit;

/** Action names written by the security feature; other features add their own (e.g. "call.barge"). */
public final class AuditActions {

    public static final String LOGIN = "login";
    public static final String LOGIN_FAILED = "login.failed";
    public static final String LOGIN_REFUSED = "login.refused";
    public static final String LOCKOUT = "login.lockout";
    public static final String LOGOUT = "logout";
    public static final String USER_CREATED = "user.created";
    public static final String USER_ROLES = "user.roles";
    public static final String USER_ENDPOINT = "user.endpoint";
    public static final String USER_QUEUES = "user.queues";
    public static final String USER_DISPLAY_NAME = "user.display-name";
    public static final String USER_DISABLED = "user.disabled";
    public static final String USER_ENABLED = "user.enabled";
    public static final String PASSWORD_CHANGED = "password.changed";
    public static final String PASSWORD_RESET = "password.reset";
    public static final String ADMIN_BOOTSTRAP = "admin.bootstrap";

    private AuditActions() {
    }
}

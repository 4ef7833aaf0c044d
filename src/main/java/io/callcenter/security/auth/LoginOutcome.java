package io.callcenter.security.auth;

import java.util.Set;

/** Result of a login attempt; the token and the user's roles are set only on success. */
public record LoginOutcome(Result result, String sessionToken, boolean mustChangePassword, Set<String> roles) {

    /** Why a login did or did not succeed; the page shows the same text for FAILED and unknown users. */
    public enum Result { SUCCESS, FAILED, LOCKED }

    static LoginOutcome failed() {
        return new LoginOutcome(Result.FAILED, null, false, Set.of());
    }

    static LoginOutcome locked() {
        return new LoginOutcome(Result.LOCKED, null, false, Set.of());
    }
}

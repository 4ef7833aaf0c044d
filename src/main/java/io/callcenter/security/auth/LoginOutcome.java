package io.callcenter.security.auth;

/** Result of a login attempt; the token is set only on success. */
public record LoginOutcome(Result result, String sessionToken, boolean mustChangePassword) {

    /** Why a login did or did not succeed; the page shows the same text for FAILED and unknown users. */
    public enum Result { SUCCESS, FAILED, LOCKED }

    static LoginOutcome failed() {
        return new LoginOutcome(Result.FAILED, null, false);
    }

    static LoginOutcome locked() {
        return new LoginOutcome(Result.LOCKED, null, false);
    }
}

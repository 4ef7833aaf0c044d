package io.callcenter.security.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The session cookie's token, to be resolved into an identity. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}

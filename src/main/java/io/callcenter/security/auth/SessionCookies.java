package io.callcenter.security.auth;

import io.callcenter.security.SecurityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.NewCookie;

/** The session cookie and the pre-login CSRF cookie: HttpOnly, SameSite=Strict, path /. */
@ApplicationScoped
public class SessionCookies {

    /** Double-submit cookie protecting the login form, before any session exists. */
    public static final String LOGIN_CSRF = "callcenter_login_csrf";

    @Inject
    SecurityConfig config;

    public String sessionCookieName() {
        return config.session().cookieName();
    }

    public NewCookie session(String token) {
        return cookie(config.session().cookieName(), token, (int) config.session().absoluteTimeout().toSeconds());
    }

    public NewCookie expiredSession() {
        return cookie(config.session().cookieName(), "", 0);
    }

    public NewCookie loginCsrf(String token) {
        return cookie(LOGIN_CSRF, token, -1);
    }

    private NewCookie cookie(String name, String value, int maxAge) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge)
                .httpOnly(true).secure(config.session().secureCookie())
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}

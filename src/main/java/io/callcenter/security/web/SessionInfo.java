package io.callcenter.security.web;

import java.util.List;

/** Who is logged in, plus the CSRF token the browser must send in X-CSRF-Token on every change. */
public record SessionInfo(String username, String displayName, List<String> roles, String endpoint,
        List<String> queues, boolean mustChangePassword, String csrfToken) {
}

package io.callcenter.wallboard.web;

import io.callcenter.security.problem.Problem;
import io.callcenter.security.problem.ProblemException;
import io.callcenter.wallboard.config.KioskGrant;
import io.callcenter.wallboard.config.KioskLinkService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns the kiosk token a screen sends into its grant, or a 401 problem that says nothing about why. */
@ApplicationScoped
public class KioskTokens {

    /** The header kiosk screens send their token in (REST); websockets take it as the {@code kiosk} query parameter. */
    public static final String HEADER = "X-Kiosk-Token";

    @Inject
    KioskLinkService links;

    public KioskGrant require(String token) {
        return links.resolve(token).orElseThrow(KioskTokens::refused);
    }

    /** The one answer to a token that opens nothing (unknown, revoked, or its wallboard deleted). */
    public static ProblemException refused() {
        return new ProblemException(Problem.of("kiosk-link", "Unauthorized", 401,
                "This kiosk link is unknown or was revoked; ask a supervisor for a new one"));
    }
}
